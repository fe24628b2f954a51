package org.rehabit.benchmark;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.ProgressService;
import org.rehabit.base.database.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The progress benchmark (not a test: run it with {@code ./mvnw -Pbenchmark test}, see the README). It writes a
 * year of patients' days into PostgreSQL, day by day, then times the therapist's dashboard, a patient's progress and
 * one check-off, and prints p50 / p95 / max and the SQL statements each needs. Scale with {@code -Dbench.therapists},
 * {@code -Dbench.patients} and {@code -Dbench.days} (defaults: 50, 10 000, 365).
 */
@IntegrationTest
class ProgressBenchmark {

    static final int THERAPISTS = Integer.getInteger("bench.therapists", 50);
    static final int PATIENTS = Integer.getInteger("bench.patients", 10_000);
    static final int DAYS = Integer.getInteger("bench.days", 365);
    static final int RUNS = Integer.getInteger("bench.runs", 200);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgressService progress;
    @Autowired
    PatientDayService days;
    @Autowired
    UserDetailsService users;
    @Autowired
    StatementCounter statements;

    final LocalDate today = LocalDate.now();

    @Test
    void progress_figures() {
        var generation = new DataSet(jdbc, THERAPISTS, PATIENTS, DAYS, today);
        var started = System.nanoTime();
        generation.write();
        var written = Duration.ofNanos(System.nanoTime() - started);
        var logs = jdbc.queryForObject("select count(*) from exercise_log", Long.class);
        var sessions = jdbc.queryForObject("select count(*) from exercise_session", Long.class);
        // what autovacuum does after a day's writes in production: statistics, and the visibility map
        jdbc.execute("vacuum analyze");

        var report = new ArrayList<String>();
        report.add(String.format("Data: %d therapists, %d patients, %d days: %,d sessions, %,d exercise logs, "
                + "written in %d s", THERAPISTS, PATIENTS, DAYS, sessions, logs, written.toSeconds()));
        var therapist = generation.busiestTherapist();
        var caseloadSize = jdbc.queryForObject("select count(*) from account where therapist_id = ?", Long.class,
                therapist.id());
        signIn(therapist.username());
        report.add(time("Dashboard: caseload (" + caseloadSize + " patients)", () -> progress.caseload()));
        report.add(time("Dashboard: open alerts", () -> progress.openAlerts()));
        var render = statements.count(() -> {
            progress.caseload();
            progress.openAlerts();
        });
        report.add("Dashboard render: " + render + " SQL statements");
        var patient = generation.somePatientOf(therapist.id());
        report.add(time("Patient progress, 8 weeks", () -> progress.progress(patient.id(),
                today.minusWeeks(8).plusDays(1), today)));
        report.add(time("Patient progress, a year", () -> progress.progress(patient.id(),
                today.minusDays(DAYS - 1), today)));

        signIn(patient.username());
        days.checkIn(false, false);
        var items = days.day(today).routines().getFirst().items();
        var entries = List.of(LogEntry.done(), LogEntry.painDuring(2), LogEntry.done());
        var n = new int[1];
        report.add(time("Check-off (one exercise, roll-up included)", () -> days.record(today, 1,
                items.get(n[0] % items.size()).id(), entries.get(n[0]++ % entries.size()))));
        SecurityContextHolder.clearContext();

        System.out.println();
        System.out.println("=== Rehabit progress benchmark ===");
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + jdbc.queryForObject("select version()", String.class));
        report.forEach(System.out::println);
        System.out.println("==================================");
    }

    private String time(String what, Supplier<?> work) {
        for (int i = 0; i < Math.min(20, RUNS); i++) {
            work.get();
        }
        var nanos = new long[RUNS];
        var counted = statements.measure(work);
        for (int i = 0; i < RUNS; i++) {
            var start = System.nanoTime();
            work.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-45s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   %d statements", what,
                nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6,
                counted.statements());
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
