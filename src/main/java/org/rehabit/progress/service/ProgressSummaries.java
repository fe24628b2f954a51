package org.rehabit.progress.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.Progression;
import org.rehabit.adherence.service.DaysRolledUp;
import org.rehabit.adherence.service.Progressions;
import org.rehabit.prescriptions.service.RoutineRevised;
import org.rehabit.progress.domain.ProgressQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each patient's dashboard summary ({@code progress_summary}) in step with their roll-up: worked out again in
 * the transaction that changed the roll-up.
 */
@Component
@Transactional
class ProgressSummaries {

    private final ProgressQueries queries;
    private final Progressions progressions;
    private final Clock clock;

    ProgressSummaries(ProgressQueries queries, Progressions progressions, Clock clock) {
        this.queries = queries;
        this.progressions = progressions;
        this.clock = clock;
    }

    /**
     * The summary with every roll-up; the suggestions only when a day before today changed (yesterday completed, the
     * nightly close): they read the two weeks before today, so a check-off today cannot change them.
     */
    @EventListener
    void on(DaysRolledUp rolledUp) {
        var today = LocalDate.now(clock);
        queries.refreshSummary(rolledUp.patientId(), today);
        if (rolledUp.from().isBefore(today)) {
            refreshSuggestions(rolledUp.patientId());
        }
    }

    /** A changed routine changes what is suggested (a new dose starts afresh). */
    @EventListener
    void on(RoutineRevised revised) {
        refreshSuggestions(revised.patientId());
    }

    /** Keeps which of the patient's exercises have a progression suggestion, for the dashboard. */
    private void refreshSuggestions(long patientId) {
        queries.replaceSuggestions(patientId, progressions.of(patientId).stream().collect(Collectors.toMap(
                Progression.Suggestion::exerciseId, suggestion -> suggestion.direction().name(), (a, b) -> a)));
    }
}
