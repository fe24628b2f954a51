package org.rehabit.progress.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.alerts.domain.PainTrend;

/**
 * One patient's figures on the therapist's dashboard (see {@link ProgressQueries#caseload}): adherence over the
 * last {@value #SHORT_DAYS} and {@value #LONG_DAYS} complete days, the mean pain after over both windows of the
 * pain trend with each of their days, the last day with a record, and how many exercises have a progression
 * suggestion.
 */
public record CaseloadFigures(long patientId, String name, Adherence last7, Adherence last30, Double painLast7,
        Double painPrevious7, List<PainOnDay> painAfter, LocalDate lastActive, int suggestions) {

    public static final int SHORT_DAYS = 7;
    public static final int LONG_DAYS = 30;

    /** Empty unless both windows have scores. */
    public Optional<PainTrend> painTrend() {
        return PainTrend.of(painPrevious7, painLast7);
    }
}
