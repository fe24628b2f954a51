package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.stream.Stream;
import org.rehabit.adherence.service.ExerciseDue;
import org.rehabit.notifications.domain.NotificationSetting;
import org.rehabit.notifications.domain.NotificationSettings;
import org.rehabit.notifications.domain.NotificationSettings.ReminderDue;
import org.rehabit.notifications.domain.OutboxMessages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exercise reminders, swept every minute ({@link NotificationSchedule}) in the clinic's time zone: a patient who turned
 * them on gets one at their chosen time on a day their exercise is due and nothing is recorded yet, and a second,
 * gentler one at their second time if there is still nothing. None on a red-flag day, on a day not due, or in quiet
 * hours. A reminder whose time passed while the portal was down goes out up to {@link #LATE_BY} late, never later.
 * Each one is put in the outbox under a key of patient, day and number, so it is sent at most once, by the
 * patient's channels; a minute's reminders go in with a few statements (see {@code docs/benchmarks.md}).
 */
@Component
@Transactional
public class ReminderSweep {

    static final String KIND = "REMINDER";
    static final Duration LATE_BY = Duration.ofHours(2);

    private final NotificationSettings settings;
    private final OutboxMessages messages;
    private final ExerciseDue exerciseDue;
    private final MailTexts texts;
    private final Outbox outbox;
    private final Clock clock;

    ReminderSweep(NotificationSettings settings, OutboxMessages messages, ExerciseDue exerciseDue, MailTexts texts,
            Outbox outbox, Clock clock) {
        this.settings = settings;
        this.messages = messages;
        this.exerciseDue = exerciseDue;
        this.texts = texts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Puts the reminders due now in the outbox; returns how many. The caller runs as the system. */
    public int sweep() {
        var moment = LocalDateTime.now(clock);
        var today = moment.toLocalDate();
        var now = moment.toLocalTime();
        var due = settings.remindersDue(now, LATE_BY).stream().filter(r -> !r.setting().quietAt(now)).toList();
        if (due.isEmpty()) {
            return 0;
        }
        var sent = messages.existingLetters(due.stream().map(r -> key(r, today)).toList());
        var waiting = due.stream().filter(r -> !sent.contains(key(r, today))).toList();
        var untouched = new HashSet<>(exerciseDue.untouched(waiting.stream().map(ReminderDue::patientId).toList(),
                today));
        return outbox.notifyAll(KIND, waiting.stream().filter(reminder -> untouched.contains(reminder.patientId()))
                .map(reminder -> new Outbox.Letter(key(reminder, today), reminder.patientId(), reminder.email(),
                        texts.reminder(reminder.displayName(), reminder.number()),
                        expiry(moment, reminder.setting())))
                .toList());
    }

    /**
     * A reminder is of no use once the day is over or quiet hours begin, nor {@link #LATE_BY} after its time: it is not
     * sent after that, however long the mail server or push service was down.
     */
    private Instant expiry(LocalDateTime now, NotificationSetting setting) {
        var end = Stream.of(now.plus(LATE_BY), now.toLocalDate().plusDays(1).atStartOfDay(),
                setting.quietFrom() == null ? null : now.toLocalDate().atTime(setting.quietFrom()))
                .filter(candidate -> candidate != null && candidate.isAfter(now)).min(LocalDateTime::compareTo)
                .orElseThrow();
        return end.atZone(clock.getZone()).toInstant();
    }

    private static String key(ReminderDue reminder, LocalDate day) {
        return "reminder:" + reminder.patientId() + ":" + day + ":" + reminder.number();
    }
}
