package org.rehabit.notifications.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rehabit.security.AppRoles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When notifications are composed, on one node at a time (the outbox keys stop doubles anyway): the reminder sweep at
 * the start of every minute, the daily digest each morning in the clinic's time zone.
 */
@Component
class NotificationSchedule {

    private final ReminderSweep sweep;
    private final DailyDigest digest;

    NotificationSchedule(ReminderSweep sweep, DailyDigest digest) {
        this.sweep = sweep;
        this.digest = digest;
    }

    @Scheduled(cron = "${rehabit.reminders.cron:0 * * * * *}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT5M")
    void sweep() {
        AppRoles.runAsSystem("reminders", sweep::sweep);
    }

    @Scheduled(cron = "${rehabit.digest.cron:0 0 7 * * *}", zone = "${rehabit.time-zone:}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M")
    void digest() {
        AppRoles.runAsSystem("daily-digest", digest::send);
    }
}
