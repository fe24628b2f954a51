package org.rehabit.adherence.domain;

import java.util.Optional;
import org.rehabit.catalog.domain.Dosage;

/**
 * What "partly done" is counted in for an exercise, so that any kind can be partly done: minutes for a timed
 * exercise, else sets when there are several, else repetitions when there are several, else the seconds of a single
 * hold. An exercise of one repetition without a hold is done or not.
 */
public enum PartUnit {
    SETS, REPS, MINUTES, SECONDS;

    /** The unit the exercise's dosage is partly done in, if any. */
    public static Optional<PartUnit> of(Dosage dosage) {
        if (more(dosage.minutes())) {
            return Optional.of(MINUTES);
        }
        if (more(dosage.sets())) {
            return Optional.of(SETS);
        }
        if (more(dosage.reps())) {
            return Optional.of(REPS);
        }
        return more(dosage.holdSeconds()) ? Optional.of(SECONDS) : Optional.empty();
    }

    /** How much the dosage prescribes in this unit (null: none). */
    public Integer prescribed(Dosage dosage) {
        return switch (this) {
            case SETS -> dosage.sets();
            case REPS -> dosage.reps();
            case MINUTES -> dosage.minutes();
            case SECONDS -> dosage.holdSeconds();
        };
    }

    private static boolean more(Integer amount) {
        return amount != null && amount > 1;
    }
}
