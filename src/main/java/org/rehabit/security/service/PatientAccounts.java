package org.rehabit.security.service;

import java.util.Optional;
import org.rehabit.base.domain.LikePattern;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.PatientSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient accounts on the signed-in therapist's caseload; never anyone else's. Features ask the patients
 * feature's {@code PatientAccess} instead, which answers for every role.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class PatientAccounts {

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    PatientAccounts(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** One of the therapist's own patients; empty for anyone else's id. */
    public Optional<PatientSummary> find(long patientId) {
        return accounts.findPatientOf(currentUser.require().accountId(), patientId);
    }

    /** The therapist's patients whose name or e-mail contains the text. */
    public Page<PatientSummary> search(String text, Pageable pageable) {
        return accounts.searchPatientsOf(currentUser.require().accountId(), LikePattern.escaped(text), pageable);
    }
}
