package org.rehabit.base.database;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tries a configured database before anything else starts, so that a wrong URL or a server that is down ends the
 * start at once with the failure analysis of {@link DatabaseUnreachableFailureAnalyzer}, not deep inside Flyway.
 */
class DatabaseReachabilityCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        var url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return;
        }
        DriverManager.setLoginTimeout((int) TIMEOUT.toSeconds());
        try (var connection = DriverManager.getConnection(url, environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"))) {
            connection.isValid((int) TIMEOUT.toSeconds());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database at " + url, e);
        }
    }
}
