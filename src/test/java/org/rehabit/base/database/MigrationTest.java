package org.rehabit.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The test database starts empty, so this context proves that every migration applies from scratch and that
 * Hibernate's validation (ddl-auto=validate) accepts the resulting schema.
 */
@IntegrationTest
class MigrationTest {

    @Autowired
    Flyway flyway;

    @Test
    void every_migration_applies_to_an_empty_database() throws IOException {
        var info = flyway.info();
        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).allSatisfy(migration -> assertThat(migration.getState())
                .isEqualTo(MigrationState.SUCCESS));
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(info.applied()).hasSize((int) files.filter(f -> f.toString().endsWith(".sql")).count());
        }
    }
}
