package org.rehabit.adherence.domain;

/**
 * The Numeric Rating Scale for pain (0 = no pain, 10 = worst imaginable), and the stop rule on it: pain during an
 * exercise of 7 or more, or 3 or more above the session's "before" score, means stop that exercise now.
 */
public final class PainScale {

    public static final int MIN = 0;
    public static final int MAX = 10;
    public static final int STOP_AT = 7;
    public static final int STOP_RISE = 3;

    private PainScale() {
    }

    public static boolean valid(Integer score) {
        return score == null || (score >= MIN && score <= MAX);
    }

    /** Whether pain during an exercise means stopping it; unknown pain never does. */
    public static boolean mustStop(Integer during, Integer before) {
        if (during == null) {
            return false;
        }
        return during >= STOP_AT || (before != null && during - before >= STOP_RISE);
    }
}
