package org.rehabit;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: it ticks like the clinic's, but from noon of the day the tests started, so a run
 * that goes on past midnight still has one "today" for the services and the tests that read it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NoonClock {

    @Bean
    @Primary
    Clock noonClock(@Qualifier("clock") Clock clinic) {
        var noon = LocalDate.now(clinic).atTime(LocalTime.NOON).atZone(clinic.getZone()).toInstant();
        return Clock.offset(clinic, Duration.between(clinic.instant(), noon));
    }
}
