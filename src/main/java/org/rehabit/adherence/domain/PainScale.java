package org.rehabit.adherence.domain;

/**
 * The Numeric Rating Scale for pain (0 = no pain, 10 = worst imaginable). When pain during an exercise means
 * stopping it is the exercise's own {@link org.rehabit.prescriptions.domain.StopRule}.
 */
public final class PainScale {

    public static final int MIN = 0;
    public static final int MAX = 10;

    private PainScale() {
    }

    public static boolean valid(Integer score) {
        return score == null || (score >= MIN && score <= MAX);
    }
}
