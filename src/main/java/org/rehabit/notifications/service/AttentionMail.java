package org.rehabit.notifications.service;

import java.time.LocalDate;
import org.rehabit.adherence.service.RedFlagReported;
import org.rehabit.adherence.service.StopRuleMet;
import org.rehabit.security.service.CareTeam;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A red flag or a pain score that met the stop rule tells the responsible therapist at once, by e-mail and on each
 * device where they turned notifications on, in the
 * transaction that recorded it: "a patient of yours needs attention" and a link, nothing more (the details stay behind
 * the sign-in). One mail per patient, day and kind.
 */
@Component
@Transactional
class AttentionMail {

    static final String KIND = "ATTENTION";

    private final CareTeam careTeam;
    private final MailTexts texts;
    private final Outbox outbox;

    AttentionMail(CareTeam careTeam, MailTexts texts, Outbox outbox) {
        this.careTeam = careTeam;
        this.texts = texts;
        this.outbox = outbox;
    }

    @EventListener
    void on(RedFlagReported event) {
        tell(event.patientId(), event.day(), "RED_FLAG");
    }

    @EventListener
    void on(StopRuleMet event) {
        tell(event.patientId(), event.day(), "PAIN_STOP");
    }

    private void tell(long patientId, LocalDate day, String why) {
        careTeam.therapistOf(patientId).ifPresent(therapist -> outbox.notifyUrgently(KIND,
                new Outbox.Letter("attention:" + patientId + ":" + day + ":" + why, therapist.accountId(),
                        therapist.email(), texts.attention(therapist.displayName()))));
    }
}
