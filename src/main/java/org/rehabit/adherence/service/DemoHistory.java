package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.Part;
import org.rehabit.adherence.domain.PartUnit;
import org.rehabit.adherence.domain.ScheduleExpansion;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weeks of recorded days for the demo patients, so the dashboard and the charts have something to show on a local
 * run: "patient" exercised well until a week ago, then less, with pain rising and a stop-rule report three days ago;
 * "patient2" keeps to the routine with pain easing; most exercises are rated "just right". Today is left for the
 * visitor. Written as the patients' days
 * are written (check-in, session, logs), then closed like the nightly job closes days ({@link DayRollup#closeDays}), in one transaction, so the
 * listeners of what it publishes join it as they join a patient's write.
 */
@Component
@Profile("!prod")
@Order(2)
@Transactional
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final RoutineService routines;
    private final DayRecords records;
    private final DayRollup rollup;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final boolean enabled;

    DemoHistory(RoutineService routines, DayRecords records, DayRollup rollup, ApplicationEventPublisher events,
            JdbcClient jdbc, Clock clock, @Value("${rehabit.demo.history:false}") boolean enabled) {
        this.routines = routines;
        this.records = records;
        this.rollup = rollup;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        AppRoles.runAsSystem("demo-history", () -> {
            write("patient", true);
            write("patient2", false);
        });
    }

    private void write(String username, boolean worsening) {
        var patient = jdbc.sql("select id from account where username = ?").param(username).query(Long.class)
                .optional();
        var today = LocalDate.now(clock);
        if (patient.isEmpty() || !records.sessions(patient.get(), today.minusYears(1), today).isEmpty()) {
            return;
        }
        var id = patient.get();
        var plans = routines.plansOf(id);
        if (plans.isEmpty()) {
            return;
        }
        var start = plans.stream().map(r -> r.versions().getFirst().effectiveFrom()).min(LocalDate::compareTo)
                .orElseThrow();
        var now = clock.instant();
        for (var day = start; day.isBefore(today); day = day.plusDays(1)) {
            var daysAgo = (int) (today.toEpochDay() - day.toEpochDay());
            var lastWeek = daysAgo <= 7;
            // patient: skips two days in three during the last week; both skip a day now and then
            if ((worsening && lastWeek && daysAgo % 3 != 0) || daysAgo % 9 == 4) {
                continue;
            }
            var before = worsening ? (lastWeek ? 4 + daysAgo % 2 : 3) : Math.max(1, 4 - (28 - daysAgo) / 8);
            var after = worsening ? (lastWeek ? 6 : 2 + daysAgo % 2) : Math.max(1, before - 1);
            var logged = false;
            for (var routine : plans) {
                logged |= logDay(id, routine, day, daysAgo, worsening, now);
            }
            if (logged) {
                records.saveCheckIn(id, day, false, false, id, now);
                records.saveSession(id, day, 1, before, after, false, null, id, now);
            }
        }
        rollup.closeDays(id, plans, start);
        log.info("Wrote the demo history of {}", username);
    }

    /**
     * One day of a routine, if due: most exercises done, an occasional one skipped or partly done. The worsening
     * patient hurt at the first exercise three days ago; the other finds their first exercise easy every time, so
     * that the therapist has a step up to suggest.
     */
    private boolean logDay(long patientId, RoutineDetails routine, LocalDate day, int daysAgo, boolean worsening,
            Instant at) {
        var version = ScheduleExpansion.inForce(routine, day).filter(v -> ScheduleExpansion.offeredOn(v, day));
        if (version.isEmpty()) {
            return false;
        }
        var n = 0;
        for (var item : ScheduleExpansion.checkable(version.get())) {
            n++;
            var dosage = item.prescription().dosageOrNone();
            var unit = PartUnit.of(dosage);
            if (worsening && daysAgo == 3 && n == 1) {
                records.saveLog(patientId, day, 1, item.id(), LogStatus.SKIPPED,
                        null, SkipReason.PAIN, 8, null, true, patientId, at);
                events.publishEvent(new StopRuleMet(patientId, day, item.exercise().id(), item.exercise().name(), 8));
            } else if (!worsening && n == 1) {
                records.saveLog(patientId, day, 1, item.id(), LogStatus.DONE, null, null, 1, Difficulty.EASY, false,
                        patientId, at);
            } else if ((daysAgo + n) % 11 == 0) {
                records.saveLog(patientId, day, 1, item.id(), LogStatus.SKIPPED, null, SkipReason.NO_TIME, null, null,
                        false, patientId, at);
            } else if (unit.isPresent() && (daysAgo + n) % 5 == 0) {
                var part = new Part(unit.get().prescribed(dosage) - 1, unit.get());
                records.saveLog(patientId, day, 1, item.id(), LogStatus.PARTLY, part, null, null, null, false,
                        patientId, at);
            } else {
                // mostly "just right", now and then easy (or, for the worsening patient, hard), so the therapist's
                // table has ratings to show; pain during it rises above the score before only for that patient
                var felt = (daysAgo + n) % 4 == 0 ? Difficulty.EASY
                        : worsening && (daysAgo + n) % 7 == 0 ? Difficulty.HARD : Difficulty.RIGHT;
                var pain = worsening ? 1 + (daysAgo + n) % 3 : 1;
                records.saveLog(patientId, day, 1, item.id(), LogStatus.DONE, null, null, pain, felt, false,
                        patientId, at);
            }
        }
        return true;
    }
}
