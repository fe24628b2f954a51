package org.rehabit.progress.domain;

/**
 * How one exercise (its id and name) was recorded over a period (see {@link ProgressQueries#exercises}), with how often the patient
 * rated it easy, just right or hard.
 */
public record ExerciseFigures(long exerciseId, String name, int done, int partly, int skippedPain, int skippedNoTime,
        int skippedUnsure, int skippedOther, Double meanPain, int painFlags, int easy, int justRight, int hard) {

    public int skipped() {
        return skippedPain + skippedNoTime + skippedUnsure + skippedOther;
    }
}
