package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.rehabit.notifications.domain.Channel;
import org.rehabit.notifications.domain.OutboxMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what is due in the outbox, a batch per transaction ({@link OutboxSchedule} calls it every few seconds, on
 * every node): each message is claimed with "for update skip locked", so two workers never send the same one. A
 * failure is retried after 1, 5, 15, 60 and 240 minutes, then the message is marked failed, for admins to see;
 * nothing is lost while a mail server or a push service is down. A push to a device that is gone is not retried.
 */
@Component
@Transactional
public class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60), Duration.ofMinutes(240));
    static final int BATCH = 20;

    private final OutboxMessages messages;
    private final MailDelivery mail;
    private final PushDelivery push;
    private final Clock clock;

    OutboxWorker(OutboxMessages messages, MailDelivery mail, PushDelivery push, Clock clock) {
        this.messages = messages;
        this.mail = mail;
        this.push = push;
        this.clock = clock;
    }

    /** Sends one batch of due messages in one transaction; returns how many were taken (sent, kept or failed). */
    public int sendDue() {
        var due = messages.claimDue(clock.instant(), BATCH);
        for (var message : due) {
            if (message.expiresAt() != null && !clock.instant().isBefore(message.expiresAt())) {
                messages.failed(message.id(), "too late to be of use: not sent", null);
                continue;
            }
            try {
                var status = message.channel() == Channel.PUSH ? push.deliver(message) : mail.deliver(message);
                messages.delivered(message.id(), status, clock.instant());
            } catch (Undeliverable e) {
                log.warn("{} {} to {} given up: {}", message.channel(), message.id(), message.address(),
                        e.getMessage());
                messages.failed(message.id(), cut(e.getMessage()), null);
            } catch (RuntimeException e) {
                // a mail server or push service that failed, or anything unforeseen: this message is tried again
                // later, the batch's others stay sent
                var next = message.attempts() < RETRIES.size()
                        ? clock.instant().plus(RETRIES.get(message.attempts()))
                        : null;
                log.warn("{} {} to {} not sent (attempt {}): {}", message.channel(), message.id(), message.address(),
                        message.attempts() + 1, e.getMessage());
                messages.failed(message.id(), cut(e.getMessage()), next);
            }
        }
        return due.size();
    }

    private static String cut(String error) {
        return error == null ? "unknown" : error.substring(0, Math.min(error.length(), 500));
    }
}
