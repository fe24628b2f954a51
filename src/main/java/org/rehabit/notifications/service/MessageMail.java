package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rehabit.messages.service.MessageSent;
import org.rehabit.security.service.CareTeam;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new message tells the other side, by their channels: "you have a new message" and a link, never its text. At
 * most one such notification a day per conversation and side, so that a conversation does not flood anyone.
 */
@Component
@Transactional
class MessageMail {

    static final String KIND = "MESSAGE";

    private final CareTeam careTeam;
    private final MailTexts texts;
    private final Outbox outbox;
    private final Clock clock;

    MessageMail(CareTeam careTeam, MailTexts texts, Outbox outbox, Clock clock) {
        this.careTeam = careTeam;
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(MessageSent sent) {
        var recipient = sent.fromPatient() ? careTeam.therapistOf(sent.patientId())
                : careTeam.patient(sent.patientId());
        recipient.ifPresent(to -> outbox.notifyAll(KIND, List.of(new Outbox.Letter(
                "message:" + sent.patientId() + ":" + to.accountId() + ":" + LocalDate.now(clock), to.accountId(),
                to.email(), sent.fromPatient() ? texts.messageToTherapist(to.displayName())
                        : texts.messageToPatient(to.displayName())))));
    }
}
