package org.rehabit.adherence.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/** One patient on the therapist's dashboard (see {@link ProgressQueries#caseload}). */
public record CaseloadFigures(long patientId, String name, Adherence last7, Adherence last30, Double painLast7,
        Double painPrevious7, List<PainOnDay> painAfter, LocalDate lastActive, int openAlerts) {

    /** The mean "after" pain of the last 7 days minus the 7 before; empty unless both have scores. */
    public OptionalDouble painTrend() {
        return painLast7 == null || painPrevious7 == null ? OptionalDouble.empty()
                : OptionalDouble.of(painLast7 - painPrevious7);
    }
}
