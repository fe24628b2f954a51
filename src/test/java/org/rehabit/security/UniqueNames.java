package org.rehabit.security;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Usernames no other test uses, for accounts a test makes through the application rather than with
 * {@code TestData}: different on every run, so rows a committing test leaves behind never clash.
 */
public final class UniqueNames {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);

    private UniqueNames() {
    }

    /** A valid username beginning with the word, e.g. {@code quinn-k3x9-0007}; none contains another. */
    public static String username(String word) {
        return "%s-%s-%04d".formatted(word, RUN, SEQUENCE.incrementAndGet());
    }
}
