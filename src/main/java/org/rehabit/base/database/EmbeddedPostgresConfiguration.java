package org.rehabit.base.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server inside the application when no database URL is configured, so that
 * {@code ./mvnw spring-boot:run} works on a fresh machine. Spring stops it after JPA and the pool are closed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres")
@Conditional(NoDatabaseUrlConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String DATABASE = "rehabit";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${rehabit.embedded-database.data-directory:}") String dataDirectory)
            throws IOException {
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
        if (dataDirectory.isBlank()) {
            // No directory: a throwaway cluster, as the tests use.
            builder.setDataDirectory(Files.createTempDirectory("rehabit-pg")).setCleanDataDirectory(true);
        } else {
            var directory = Path.of(dataDirectory).toAbsolutePath();
            StalePostgresServer.stopIfRunning(directory);
            builder.setDataDirectory(directory).setCleanDataDirectory(false);
        }
        var postgres = builder.start();
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
                dataDirectory.isBlank() ? "a temporary directory" : dataDirectory);
        return postgres;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres);
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    connection.createStatement().execute("create database " + DATABASE);
                }
            }
        }
    }
}
