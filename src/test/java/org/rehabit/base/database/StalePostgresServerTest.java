package org.rehabit.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL leaves its PostgreSQL running on the data directory; the next start must still work. */
class StalePostgresServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void the_server_of_a_killed_run_is_stopped_and_its_data_kept() throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var jvm = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AbandonedServer.class.getName(), dataDirectory.toString()).redirectErrorStream(true).start();
        try (var output = new BufferedReader(new InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // skip the server's log until it is ready
            }
        }
        jvm.destroyForcibly(); // SIGKILL: the PostgreSQL server it started keeps running
        jvm.waitFor(30, TimeUnit.SECONDS);
        var leftover = ProcessHandle.of(postmasterPid()).orElseThrow();
        assertThat(leftover.isAlive()).isTrue();

        StalePostgresServer.stopIfRunning(dataDirectory);

        assertThat(leftover.isAlive()).isFalse();
        try (var restarted = start();
                var connection = restarted.getPostgresDatabase().getConnection();
                var result = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("survives");
        }
    }

    @Test
    void a_directory_without_a_running_server_is_left_alone() throws Exception {
        StalePostgresServer.stopIfRunning(dataDirectory);
        try (var server = start(); var connection = server.getPostgresDatabase().getConnection()) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).getFirst().strip());
    }

    private EmbeddedPostgres start() throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
    }
}
