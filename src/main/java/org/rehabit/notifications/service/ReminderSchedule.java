package org.rehabit.notifications.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rehabit.security.AppRoles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The reminder sweep at the start of every minute, on one node at a time (the outbox keys stop doubles anyway). */
@Component
class ReminderSchedule {

    private final ReminderSweep sweep;

    ReminderSchedule(ReminderSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(cron = "${rehabit.reminders.cron:0 * * * * *}")
    @SchedulerLock(name = "reminders", lockAtMostFor = "PT5M")
    void sweep() {
        AppRoles.runAsSystem("reminders", sweep::sweep);
    }
}
