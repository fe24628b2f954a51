package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import org.rehabit.adherence.domain.AlertKind;
import org.rehabit.adherence.domain.AlertRecord;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts worked out from the progress roll-up: pain trending up, scheduled days missed in a row, and no activity
 * while a routine is in force. Each is raised once per episode (see {@link DayRecords#raiseAlert}).
 */
@Component
@Transactional
class AlertRules {

    /** The mean "after" pain of 7 days must be this much above the 7 days before. */
    static final double PAIN_RISE = 2;
    static final int MISSED_IN_A_ROW = 2;
    static final int IDLE_DAYS = 7;

    private final DayRecords records;
    private final Clock clock;

    AlertRules(DayRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Pain trend as of a day: the 7 days up to it against the 7 before. */
    void painTrend(long patientId, LocalDate asOf) {
        var rows = records.days(patientId, asOf.minusDays(13), asOf);
        var recent = meanPainAfter(rows, asOf.minusDays(6), asOf);
        var before = meanPainAfter(rows, asOf.minusDays(13), asOf.minusDays(7));
        if (recent.isEmpty() || before.isEmpty() || recent.getAsDouble() - before.getAsDouble() < PAIN_RISE) {
            return;
        }
        // a trend seen yesterday or today is the same episode
        var episode = records.latestAlert(patientId, AlertKind.PAIN_TREND)
                .filter(alert -> !alert.day().isBefore(asOf.minusDays(1))).map(AlertRecord::episode)
                .orElse(asOf);
        records.raiseAlert(patientId, AlertKind.PAIN_TREND, asOf, episode,
                String.format(Locale.ROOT, "%.1f → %.1f", before.getAsDouble(), recent.getAsDouble()),
                clock.instant());
    }

    /** The conditions of days that have passed, as of yesterday. */
    void daysPassed(long patientId, List<RoutineDetails> plans) {
        var today = LocalDate.now(clock);
        var yesterday = today.minusDays(1);
        painTrend(patientId, yesterday);
        missedDays(patientId, yesterday);
        noActivity(patientId, plans, today);
    }

    private void missedDays(long patientId, LocalDate asOf) {
        var due = records.days(patientId, asOf.minusDays(27), asOf).reversed().stream()
                .filter(row -> row.scheduled() > 0 || row.active()).toList();
        var run = 0;
        LocalDate first = null;
        for (var row : due) {
            if (row.active() || row.completed() > 0) {
                break;
            }
            run++;
            first = row.day();
        }
        if (run >= MISSED_IN_A_ROW) {
            records.raiseAlert(patientId, AlertKind.MISSED_DAYS, due.getFirst().day(), first, String.valueOf(run),
                    clock.instant());
        }
    }

    private void noActivity(long patientId, List<RoutineDetails> plans, LocalDate today) {
        var started = plans.stream().map(routine -> ScheduleExpansion.inForce(routine, today)
                .map(version -> routine.versions().getFirst().effectiveFrom()).orElse(null))
                .filter(Objects::nonNull).min(LocalDate::compareTo);
        if (started.isEmpty()) {
            return;
        }
        var lastActive = records.lastActiveDay(patientId);
        var idleSince = lastActive.map(day -> day.plusDays(1)).orElse(started.get());
        if (idleSince.isBefore(started.get())) {
            idleSince = started.get();
        }
        if (!idleSince.plusDays(IDLE_DAYS).isAfter(today)) {
            records.raiseAlert(patientId, AlertKind.NO_ACTIVITY, today.minusDays(1), idleSince,
                    lastActive.map(LocalDate::toString).orElse(""), clock.instant());
        }
    }

    private static OptionalDouble meanPainAfter(List<DayRow> rows, LocalDate from, LocalDate to) {
        return rows.stream().filter(row -> !row.day().isBefore(from) && !row.day().isAfter(to))
                .map(DayRow::painAfter).filter(Objects::nonNull).mapToInt(Integer::intValue).average();
    }
}
