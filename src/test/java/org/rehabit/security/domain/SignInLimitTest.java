package org.rehabit.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInLimitTest {

    final Instant last = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void four_failures_are_tolerated_and_the_fifth_pauses_sign_in_for_a_minute() {
        assertThat(SignInLimit.ACCOUNT.refusedUntil(failures(4))).isEmpty();
        assertThat(SignInLimit.ACCOUNT.refusedUntil(failures(5))).contains(last.plus(Duration.ofMinutes(1)));
    }

    @Test
    void each_failure_beyond_the_limit_doubles_the_pause_up_to_fifteen_minutes() {
        assertThat(
                List.of(6, 7, 8, 9, 40).stream().map(n -> SignInLimit.ACCOUNT.refusedUntil(failures(n)).orElseThrow())
                        .map(until -> Duration.between(last, until).toMinutes()))
                .containsExactly(2L, 4L, 8L, 15L, 15L);
    }

    private List<Instant> failures(int count) {
        var result = new ArrayList<Instant>();
        for (int i = 0; i < count; i++) {
            result.add(last.minusSeconds(i * 10L));
        }
        return result;
    }
}
