package org.rehabit.notifications.service;

import java.util.Optional;
import org.rehabit.notifications.domain.OutboxMessage;
import org.rehabit.notifications.domain.OutboxMessages;
import org.rehabit.patients.service.PatientAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For a therapist: how the latest invitation e-mail to one of their invited patients went. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class InvitationMails {

    private final OutboxMessages messages;
    private final PatientAccess access;

    InvitationMails(OutboxMessages messages, PatientAccess access) {
        this.messages = messages;
        this.access = access;
    }

    /**
     * The latest invitation e-mail (without its text) while the patient has not activated; empty once they have.
     *
     * @throws org.rehabit.base.service.RecordNotFoundException for anyone but the therapist's own patient
     */
    public Optional<OutboxMessage> latest(long patientId) {
        if (!access.myPatient(patientId).invited()) {
            return Optional.empty();
        }
        return messages.latest(patientId, InvitationMail.KIND).map(OutboxMessage::withoutText);
    }
}
