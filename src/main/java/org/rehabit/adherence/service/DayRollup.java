package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.DayRow;
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
        var weekly = plans.stream().flatMap(routine -> routine.versions().stream())
                .anyMatch(version -> !version.schedule().fixedDays());
        var monday = weekly ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from;
        var sunday = weekly ? to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : to;
        var last = sunday.isAfter(today) ? today : sunday;
        var logs = records.logs(patientId, monday, sunday);
        var sessions = records.sessions(patientId, monday, last);
        var redFlags = records.redFlagDays(patientId, monday, last);
        var byDay = new AdherenceLedger(plans, logs, redFlags, today).byDay(monday, last);
        var rows = new ArrayList<DayRow>();
        for (var day = monday; !day.isAfter(last); day = day.plusDays(1)) {
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
        records.replaceDays(patientId, monday, last, rows, clock.instant());
        progress.refreshSummary(patientId, today);
    }
}
