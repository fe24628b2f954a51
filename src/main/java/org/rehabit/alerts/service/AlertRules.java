package org.rehabit.alerts.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Locale;
import org.rehabit.adherence.domain.PainScale;
import org.rehabit.adherence.service.DaysPassed;
import org.rehabit.adherence.service.PainReported;
import org.rehabit.adherence.service.RedFlagReported;
import org.rehabit.adherence.service.RolledUpDays;
import org.rehabit.adherence.service.StopRuleMet;
import org.rehabit.alerts.domain.AlertKind;
import org.rehabit.alerts.domain.AlertRecord;
import org.rehabit.alerts.domain.Alerts;
import org.rehabit.alerts.domain.PainTrend;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every alert is raised: from what the patient's day publishes (a red flag, the stop rule, pain after a
 * session) and from the days that passed (pain trending up, scheduled days missed in a row, no activity while a
 * routine is in force). The listeners run in the transaction that wrote the record, so an alert commits or rolls
 * back with it. Each condition raises one alert per episode (see {@link Alerts#raise}).
 */
@Component
@Transactional
class AlertRules {

    static final int MISSED_IN_A_ROW = 2;
    /** How far back a run of missed days is looked for. */
    static final int MISSED_LOOKBACK_DAYS = 28;
    static final int IDLE_DAYS = 7;

    private final Alerts alerts;
    private final RolledUpDays days;
    private final Clock clock;

    AlertRules(Alerts alerts, RolledUpDays days, Clock clock) {
        this.alerts = alerts;
        this.days = days;
        this.clock = clock;
    }

    @EventListener
    void on(RedFlagReported report) {
        var answers = new ArrayList<String>();
        if (report.severeNeckPain()) {
            answers.add("NECK");
        }
        if (report.armSymptoms()) {
            answers.add("ARMS");
        }
        raise(report.patientId(), AlertKind.RED_FLAG, report.day(), report.day(), String.join(",", answers));
    }

    @EventListener
    void on(StopRuleMet stop) {
        alerts.raise(stop.patientId(), AlertKind.PAIN_STOP, stop.day(), stop.day(),
                stop.exerciseName() + " · " + stop.pain() + "/" + PainScale.MAX, stop.exerciseId(), clock.instant());
    }

    @EventListener
    void on(PainReported pain) {
        if (pain.after() != null) {
            painTrend(pain.patientId(), pain.day());
        }
    }

    /** The conditions of days that have passed, as of yesterday. */
    @EventListener
    void on(DaysPassed passed) {
        var yesterday = passed.today().minusDays(1);
        painTrend(passed.patientId(), yesterday);
        missedDays(passed.patientId(), yesterday);
        if (passed.routineSince() != null) {
            noActivity(passed.patientId(), passed.routineSince(), passed.today());
        }
    }

    /** Pain trend as of a day (see {@link PainTrend}). */
    void painTrend(long patientId, LocalDate asOf) {
        var trend = PainTrend.of(days.between(patientId, PainTrend.previousFrom(asOf), asOf), asOf)
                .filter(PainTrend::rising);
        if (trend.isEmpty()) {
            return;
        }
        // a trend seen yesterday or today is the same episode
        var episode = alerts.latest(patientId, AlertKind.PAIN_TREND)
                .filter(alert -> !alert.day().isBefore(asOf.minusDays(1))).map(AlertRecord::episode)
                .orElse(asOf);
        raise(patientId, AlertKind.PAIN_TREND, asOf, episode,
                String.format(Locale.ROOT, "%.1f → %.1f", trend.get().previous(), trend.get().recent()));
    }

    private void missedDays(long patientId, LocalDate asOf) {
        var due = days.between(patientId, asOf.minusDays(MISSED_LOOKBACK_DAYS - 1), asOf).reversed().stream()
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
            raise(patientId, AlertKind.MISSED_DAYS, due.getFirst().day(), first, String.valueOf(run));
        }
    }

    private void noActivity(long patientId, LocalDate routineSince, LocalDate today) {
        var lastActive = days.lastActiveDay(patientId);
        var idleSince = lastActive.map(day -> day.plusDays(1)).orElse(routineSince);
        if (idleSince.isBefore(routineSince)) {
            idleSince = routineSince;
        }
        if (!idleSince.plusDays(IDLE_DAYS).isAfter(today)) {
            raise(patientId, AlertKind.NO_ACTIVITY, today.minusDays(1), idleSince,
                    lastActive.map(LocalDate::toString).orElse(""));
        }
    }

    private void raise(long patientId, AlertKind kind, LocalDate day, LocalDate episode, String detail) {
        alerts.raise(patientId, kind, day, episode, detail, null, clock.instant());
    }
}
