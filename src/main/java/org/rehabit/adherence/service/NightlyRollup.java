package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night: the roll-up of the last two weeks for every patient with a routine (days that passed without a
 * record count as missed), then {@link DaysPassed} for the features that judge them. Locked in the database, so it
 * runs on one instance at a time.
 */
@Component
public class NightlyRollup {

    private static final Logger log = LoggerFactory.getLogger(NightlyRollup.class);
    static final int DAYS_BACK = 14;

    private final RoutineService routines;
    private final DayRollup rollup;
    private final Clock clock;

    NightlyRollup(RoutineService routines, DayRollup rollup, Clock clock) {
        this.routines = routines;
        this.rollup = rollup;
        this.clock = clock;
    }

    @Scheduled(cron = "${rehabit.progress.cron:0 15 2 * * *}")
    @SchedulerLock(name = "progress-nightly", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void nightly() {
        AppRoles.runAsSystem("progress-job", () -> {
            var patients = routines.patientsWithRoutines();
            var failed = 0;
            for (var patient : patients) {
                try {
                    run(patient);
                } catch (RuntimeException e) {
                    // one patient's failure rolls back their night only; the others go on, tomorrow tries again
                    failed++;
                    log.error("Progress not updated for patient {}", patient, e);
                }
            }
            log.info("Progress updated for {} of {} patients", patients.size() - failed, patients.size());
        });
    }

    /** The nightly work for one patient; the caller runs as the system. */
    void run(long patientId) {
        rollup.closeDays(patientId, routines.plansOf(patientId), LocalDate.now(clock).minusDays(DAYS_BACK));
    }
}
