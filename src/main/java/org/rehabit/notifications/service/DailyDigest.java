package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.rehabit.alerts.service.AlertCounts;
import org.rehabit.notifications.domain.NotificationSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each morning, therapists who asked for it get one e-mail with how many alerts their patients raised in the last
 * day and how many are open: counts and a link, no names. A day without a new alert sends nothing.
 */
@Component
@Transactional
public class DailyDigest {

    static final String KIND = "DIGEST";

    private final NotificationSettings settings;
    private final AlertCounts alertCounts;
    private final MailTexts texts;
    private final Outbox outbox;
    private final Clock clock;

    DailyDigest(NotificationSettings settings, AlertCounts alertCounts, MailTexts texts, Outbox outbox, Clock clock) {
        this.settings = settings;
        this.alertCounts = alertCounts;
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Puts today's digests in the outbox (once a day per therapist); returns how many messages. The caller is the system. */
    public int send() {
        var recipients = settings.digestRecipients();
        if (recipients.isEmpty()) {
            return 0;
        }
        var counts = alertCounts.ofTherapists(
                recipients.stream().map(NotificationSettings.Recipient::accountId).toList(),
                clock.instant().minus(Duration.ofDays(1)));
        var today = LocalDate.now(clock);
        return outbox.notifyAll(KIND, recipients.stream()
                .filter(recipient -> counts.containsKey(recipient.accountId())
                        && counts.get(recipient.accountId()).raised() > 0)
                .map(recipient -> {
                    var count = counts.get(recipient.accountId());
                    return new Outbox.Letter("digest:" + recipient.accountId() + ":" + today, recipient.accountId(),
                            recipient.email(), texts.digest(recipient.displayName(), count.raised(), count.open()));
                }).toList());
    }
}
