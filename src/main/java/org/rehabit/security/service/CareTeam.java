package org.rehabit.security.service;

import java.util.Optional;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whom to tell about a patient: their responsible therapist, for the notifications a patient's own records set off
 * (asked while the patient is signed in, or by scheduled work); nobody else learns a therapist's address this way.
 */
@Service
@Transactional(readOnly = true)
public class CareTeam {

    /** Someone a message goes to. */
    public record Recipient(long accountId, String displayName, String email) {
    }

    private final AccountRepository accounts;
    private final CurrentUser currentUser;

    CareTeam(AccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The patient themselves, if active; empty for anyone but their own therapist (scheduled work: any). */
    public Optional<Recipient> patient(long patientId) {
        return accounts.findById(patientId)
                .filter(patient -> currentUser.isSystem() || currentUser.get()
                        .map(me -> patient.getTherapistId() != null && me.accountId() == patient.getTherapistId())
                        .orElse(false))
                .filter(patient -> patient.isEnabled())
                .map(patient -> new Recipient(patient.getId(), patient.getDisplayName(), patient.getEmail()));
    }

    /** The patient's active therapist; empty for any patient but the signed-in one (scheduled work: any). */
    public Optional<Recipient> therapistOf(long patientId) {
        var allowed = currentUser.isSystem()
                || currentUser.get().map(me -> me.accountId() == patientId).orElse(false);
        if (!allowed) {
            return Optional.empty();
        }
        return accounts.findById(patientId).map(patient -> patient.getTherapistId())
                .flatMap(accounts::findById).filter(therapist -> therapist.isEnabled())
                .map(therapist -> new Recipient(therapist.getId(), therapist.getDisplayName(), therapist.getEmail()));
    }
}
