package org.rehabit.progress.domain;

/** How one exercise was recorded over a period (see {@link ProgressQueries#exercises}). */
public record ExerciseFigures(long exerciseId, int done, int partly, int skippedPain, int skippedNoTime,
        int skippedUnsure, int skippedOther, Double meanPain, int painFlags) {

    public int skipped() {
        return skippedPain + skippedNoTime + skippedUnsure + skippedOther;
    }
}
