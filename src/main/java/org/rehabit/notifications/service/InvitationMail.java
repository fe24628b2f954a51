package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.rehabit.security.service.InvitationIssued;
import org.rehabit.security.service.InvitationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each activation link a therapist makes (adding a patient, or a new link) is also e-mailed to the patient, in the
 * transaction that made it: one mail per link. Copying the link by hand stays possible.
 */
@Component
@Transactional
class InvitationMail {

    static final String KIND = "INVITATION";

    private final MailTexts texts;
    private final Outbox outbox;
    private final Clock clock;

    InvitationMail(MailTexts texts, Outbox outbox, Clock clock) {
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(InvitationIssued invitation) {
        var until = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH)
                .format(LocalDate.ofInstant(invitation.expiresAt(), clock.getZone()));
        outbox.mail("invitation:" + invitation.invitationId(), KIND, invitation.patientId(),
                invitation.email(), texts.invitation(invitation.displayName(),
                        "/" + InvitationService.ACTIVATION_PATH + "/" + invitation.token(), until));
    }
}
