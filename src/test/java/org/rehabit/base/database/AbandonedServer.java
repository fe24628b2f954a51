package org.rehabit.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/** Run in a separate JVM by {@link StalePostgresServerTest}, which then kills that JVM with SIGKILL. */
public final class AbandonedServer {

    private AbandonedServer() {
    }

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('survives')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join(); // wait to be killed
    }
}
