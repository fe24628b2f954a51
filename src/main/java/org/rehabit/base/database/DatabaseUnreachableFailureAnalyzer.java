package org.rehabit.base.database;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/** Turns a failed connection to a configured database into one readable message that names the URL. */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

    private final Environment environment;

    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        var url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return null;
        }
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return new FailureAnalysis(
                        "Cannot connect to the database at " + url + ": " + cause.getMessage(),
                        "Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, "
                                + "and that the server is running. Unset SPRING_DATASOURCE_URL to use the embedded database.",
                        cause);
            }
        }
        return null;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
            return true;
        }
        // SQL state classes 08 (connection exception) and 28 (invalid authorization) and 3D000 (no such database)
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                        || sql.getSQLState().equals("3D000"));
    }
}
