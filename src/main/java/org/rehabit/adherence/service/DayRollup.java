package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.AdherenceDays;
import org.rehabit.adherence.domain.AdherenceLedger;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.ScheduleExpansion;
import org.rehabit.adherence.domain.SessionRecord;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the progress roll-up ({@code adherence_day}) up to date: the days of a week are worked out again from the
 * routines and what was recorded, with the one definition of adherence, whenever the patient records something and
 * by the nightly job for days that passed without a record. Each change is published as {@link DaysRolledUp}; days
 * that are over as {@link DaysPassed}.
 */
@Component
@Transactional
class DayRollup {

    private final DayRecords records;
    private final AdherenceDays days;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DayRollup(DayRecords records, AdherenceDays days, ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.days = days;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Works out again the roll-up from {@code from} to {@code to}, up to today: the whole weeks when a routine is
     * done "N days a week" (a day recorded changes which days of its week count as due), the days alone otherwise.
     * One patient's refreshes run one after the other.
     */
    void refresh(long patientId, List<RoutineDetails> plans, LocalDate from, LocalDate to) {
        records.lockPatient(patientId);
        var today = LocalDate.now(clock);
        var weekly = weekly(plans);
        var monday = weekly ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from;
        var sunday = weekly ? to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : to;
        var last = sunday.isAfter(today) ? today : sunday;
        write(patientId, plans, monday, last, records.logs(patientId, monday, sunday),
                records.sessions(patientId, monday, last), records.redFlagDays(patientId, monday, last));
    }

    /**
     * Works out again the roll-up of a day open for writing (so without a red flag) from its logs and sessions,
     * which the caller read after {@link DayRecords#lockPatient} and brought up to date with its own writes. The
     * whole week is read again instead when a routine is done "N days a week".
     */
    void refreshOpenDay(long patientId, List<RoutineDetails> plans, LocalDate day, List<LogRecord> logs,
            List<SessionRecord> sessions) {
        if (weekly(plans)) {
            refresh(patientId, plans, day, day);
        } else {
            write(patientId, plans, day, day, logs, sessions, Set.of());
        }
    }

    /**
     * Rolls up the days from {@code from} to today and says that the days before today have passed: the one path
     * of the nightly job and of the demo history.
     */
    void closeDays(long patientId, List<RoutineDetails> plans, LocalDate from) {
        var today = LocalDate.now(clock);
        refresh(patientId, plans, from, today);
        var routineSince = plans.stream()
                .filter(routine -> ScheduleExpansion.inForce(routine, today).isPresent())
                .map(routine -> routine.versions().getFirst().effectiveFrom()).min(LocalDate::compareTo);
        events.publishEvent(new DaysPassed(patientId, today, routineSince.orElse(null)));
    }

    private void write(long patientId, List<RoutineDetails> plans, LocalDate from, LocalDate to,
            List<LogRecord> logs, List<SessionRecord> sessions, Set<LocalDate> redFlags) {
        var today = LocalDate.now(clock);
        var byDay = new AdherenceLedger(plans, logs, redFlags, today).byDay(from, to);
        var rows = new ArrayList<DayRow>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            var date = day;
            var adherence = byDay.getOrDefault(day, Adherence.NONE);
            var todays = sessions.stream().filter(s -> s.day().equals(date))
                    .sorted(Comparator.comparingInt(SessionRecord::round)).toList();
            var active = !todays.isEmpty() || logs.stream().anyMatch(log -> log.day().equals(date));
            var redFlag = redFlags.contains(day);
            if (adherence.scheduled() > 0 || active || redFlag) {
                var before = todays.stream().map(SessionRecord::painBefore).filter(Objects::nonNull).findFirst()
                        .orElse(null);
                var after = todays.reversed().stream().map(SessionRecord::painAfter).filter(Objects::nonNull)
                        .findFirst().orElse(null);
                rows.add(new DayRow(day, adherence.scheduled(), adherence.completed(), before, after, active,
                        redFlag));
            }
        }
        days.replaceDays(patientId, from, to, rows, clock.instant());
        events.publishEvent(new DaysRolledUp(patientId, from, to));
    }

    private static boolean weekly(List<RoutineDetails> plans) {
        return plans.stream().flatMap(routine -> routine.versions().stream())
                .anyMatch(version -> !version.schedule().fixedDays());
    }
}
