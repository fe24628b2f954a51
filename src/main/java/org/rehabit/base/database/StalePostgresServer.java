package org.rehabit.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JVM killed with SIGKILL leaves its embedded PostgreSQL running, and the next start then fails on the
 * server's lock file. This stops such a leftover server so the data directory can be used again.
 */
final class StalePostgresServer {

    private static final Logger log = LoggerFactory.getLogger(StalePostgresServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

    private StalePostgresServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        var lockFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(lockFile)) {
            return;
        }
        var lines = Files.readAllLines(lockFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return;
        }
        var pid = Long.parseLong(lines.getFirst().strip());
        var server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // PostgreSQL itself ignores a lock file whose process is gone.
        }
        log.warn("Stopping a PostgreSQL server (pid {}) left running in {} by an earlier run", pid, dataDirectory);
        var process = server.get();
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown
        try {
            process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop the leftover PostgreSQL server " + pid, e);
        }
    }
}
