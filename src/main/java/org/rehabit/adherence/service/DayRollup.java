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
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.ProgressQueries;
import org.rehabit.adherence.domain.SessionRecord;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the progress roll-up ({@code adherence_day}) up to date: the days of a week are worked out again from the
 * routines and what was recorded, with the one definition of adherence, whenever the patient records something and
 * by the nightly job for days that passed without a record.
 */
@Component
@Transactional
class DayRollup {

    private final DayRecords records;
    private final ProgressQueries progress;
    private final Clock clock;

    DayRollup(DayRecords records, ProgressQueries progress, Clock clock) {
        this.records = records;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * Works out again the roll-up from {@code from} to {@code to}, up to today: the whole weeks when a routine is
     * done "N days a week" (a day recorded changes which days of its week count as due), the days alone otherwise;
     * then the patient's dashboard summary. One patient's refreshes run one after the other.
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
        records.replaceDays(patientId, from, to, rows, clock.instant());
        progress.refreshSummary(patientId, today);
    }

    private static boolean weekly(List<RoutineDetails> plans) {
        return plans.stream().flatMap(routine -> routine.versions().stream())
                .anyMatch(version -> !version.schedule().fixedDays());
    }
}
