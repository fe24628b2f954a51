package org.rehabit.progress.service;

import java.time.Clock;
import java.time.LocalDate;
import org.rehabit.adherence.service.DaysRolledUp;
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
    private final Clock clock;

    ProgressSummaries(ProgressQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @EventListener
    void on(DaysRolledUp rolledUp) {
        queries.refreshSummary(rolledUp.patientId(), LocalDate.now(clock));
    }
}
