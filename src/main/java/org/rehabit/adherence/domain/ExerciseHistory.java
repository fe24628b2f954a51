package org.rehabit.adherence.domain;

import java.util.Map;

/** How one exercise went over a period: occurrences scheduled and how each was recorded, pain during it. */
public record ExerciseHistory(long exerciseId, String name, int scheduled, int done, int partly,
        Map<SkipReason, Integer> skipped, Double meanPain, int painFlags) {

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
