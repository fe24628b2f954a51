package org.rehabit.security.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many failed sign-ins within a window are tolerated before further attempts are refused, and for how long:
 * {@code firstDelay} after the last failure at the limit, doubling with each failure beyond it, at most
 * {@code maxDelay}.
 */
public record SignInLimit(int failures, Duration window, Duration firstDelay, Duration maxDelay) {

    /** For one account (or one name that no account has, so that nobody can tell the two apart). */
    public static final SignInLimit ACCOUNT = new SignInLimit(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(15));
    /** For one client address, whatever names it tries. */
    public static final SignInLimit ADDRESS = new SignInLimit(20, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    /** "Forgot password" requests for one name: a few an hour, so that nobody's mailbox can be flooded. */
    public static final SignInLimit RESET_REQUESTS = new SignInLimit(3, Duration.ofHours(1), Duration.ofHours(1),
            Duration.ofHours(1));
    /** "Forgot password" requests from one client address, whatever names it asks for. */
    public static final SignInLimit RESET_REQUESTS_FROM_ADDRESS = new SignInLimit(10, Duration.ofHours(1),
            Duration.ofHours(1), Duration.ofHours(1));

    /** Until when attempts are refused, given the failures within the window, newest first; empty if they are not. */
    public Optional<Instant> refusedUntil(List<Instant> recentFailures) {
        if (recentFailures.size() < failures) {
            return Optional.empty();
        }
        var beyond = Math.min(recentFailures.size() - failures, 30);
        var delay = firstDelay.multipliedBy(1L << beyond);
        return Optional.of(recentFailures.getFirst().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay));
    }
}
