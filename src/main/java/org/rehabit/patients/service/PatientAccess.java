package org.rehabit.patients.service;

import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.PatientSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.PatientAccounts;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may the signed-in user see or change this patient?", for every feature: the patient
 * themselves, their own therapist, or the system (scheduled work) may; nobody else. A refusal looks exactly like a
 * patient that does not exist, so ids cannot be probed.
 */
@Component
public class PatientAccess {

    private final PatientAccounts accounts;
    private final CurrentUser currentUser;

    PatientAccess(PatientAccounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Asks the database only for a therapist; the patient themselves and the system are answered at once. */
    public boolean may(long patientId) {
        if (currentUser.isSystem()) {
            return true;
        }
        var me = currentUser.get();
        if (me.isEmpty()) {
            return false;
        }
        return switch (me.get().role()) {
            case PATIENT -> me.get().accountId() == patientId;
            case THERAPIST -> accounts.find(patientId).isPresent();
            case ADMIN -> false;
        };
    }

    /** @throws RecordNotFoundException unless {@link #may} */
    public void check(long patientId) {
        if (!may(patientId)) {
            throw new RecordNotFoundException("patient", patientId);
        }
    }

    /**
     * One of the signed-in therapist's own patients, with their account details.
     *
     * @throws RecordNotFoundException for any other id, and for anyone who is not a therapist
     */
    public PatientSummary myPatient(long patientId) {
        if (currentUser.get().map(me -> me.role() != Role.THERAPIST).orElse(true)) {
            throw new RecordNotFoundException("patient", patientId);
        }
        return accounts.find(patientId).orElseThrow(() -> new RecordNotFoundException("patient", patientId));
    }
}
