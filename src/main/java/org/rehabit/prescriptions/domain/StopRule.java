package org.rehabit.prescriptions.domain;

/**
 * When pain during an exercise means stopping it now (pain on the 0-10 scale). By default at 7 or more, or 3 or more
 * above the session's "before" score; a therapist may set either for one exercise within safe bounds. For an exercise
 * of the neck, any rise over the "before" score stops it (any pain at all when there is no "before" score), whatever
 * the limits: the source article says to stop at once on neck pain or discomfort.
 */
public record StopRule(int stopAt, int stopRise, boolean neck) {

    public static final int DEFAULT_AT = 7;
    public static final int DEFAULT_RISE = 3;
    public static final int MIN_AT = 4;
    public static final int MAX_AT = 8;
    public static final int MIN_RISE = 1;
    public static final int MAX_RISE = 4;

    /** The rule of a prescription, its limits or the defaults; {@code neck}: the exercise works the neck. */
    public static StopRule of(PrescribedExercise prescription, boolean neck) {
        return new StopRule(prescription.stopAt() == null ? DEFAULT_AT : prescription.stopAt(),
                prescription.stopRise() == null ? DEFAULT_RISE : prescription.stopRise(), neck);
    }

    /**
     * Whether pain during an exercise rose: above the session's "before" score, or any pain at all when there is no
     * "before" score. The one definition the neck rule, "lower the weight" and progression use.
     */
    public static boolean rose(Integer during, Integer before) {
        return during != null && during > (before == null ? 0 : before);
    }

    /** Whether pain during the exercise means stopping it; unknown pain never does. */
    public boolean mustStop(Integer during, Integer before) {
        if (during == null) {
            return false;
        }
        if (neck && rose(during, before)) {
            return true;
        }
        return during >= stopAt || (before != null && during - before >= stopRise);
    }
}
