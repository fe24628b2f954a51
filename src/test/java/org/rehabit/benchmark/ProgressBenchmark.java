package org.rehabit.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.database.StatementCounter;
import org.rehabit.notifications.service.ReminderSweep;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.security.AppRoles;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.service.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The progress benchmark (not a test: run it with {@code ./mvnw -Pbenchmark test}, see the README). It writes a
 * year of patients' days into PostgreSQL, day by day, then times the therapist's dashboard, a patient's progress and
 * one check-off, and one audit event on a trail of {@code -Dbench.audit} events, and the reminder sweep, and prints p50 / p95 / max and the SQL statements each needs. Scale with {@code -Dbench.therapists},
 * {@code -Dbench.patients} and {@code -Dbench.days} (defaults: 50, 10 000, 365); {@code -Dbench.warmup} and
 * {@code -Dbench.runs} set the untimed and timed runs of each operation (defaults: 1 000 each).
 */
@IntegrationTest
class ProgressBenchmark {

    static final int THERAPISTS = Integer.getInteger("bench.therapists", 50);
    static final int PATIENTS = Integer.getInteger("bench.patients", 10_000);
    static final int DAYS = Integer.getInteger("bench.days", 365);
    static final int RUNS = Integer.getInteger("bench.runs", 1_000);
    /** Audit events already on record when timing starts (default: 100 per patient). */
    static final int AUDIT_EVENTS = Integer.getInteger("bench.audit", PATIENTS * 100);
    /** Runs of the reminder sweep, each timed (it is slow enough to time one by one). */
    static final int SWEEPS = Integer.getInteger("bench.sweeps", 5);
    /** Untimed runs of every operation before any is timed. */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 1_000);

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
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    ReminderSweep sweep;

    @Test
    void progress_figures() {
        var today = LocalDate.now(clock);
        var generation = new DataSet(jdbc, THERAPISTS, PATIENTS, DAYS, today);
        var started = System.nanoTime();
        generation.write();
        var written = Duration.ofNanos(System.nanoTime() - started);
        // a trail of years: the next row is chained to the last, found through the primary key whatever its length
        var auditStarted = System.nanoTime();
        jdbc.update("""
                insert into audit_event (occurred_at, actor_role, action, detail)
                select now() - make_interval(secs => n), 'SYSTEM', 'VIEWED_CASELOAD', 'benchmark'
                from generate_series(?, 1, -1) n""", AUDIT_EVENTS);
        var auditWritten = Duration.ofNanos(System.nanoTime() - auditStarted);
        var logs = jdbc.queryForObject("select count(*) from exercise_log", Long.class);
        var sessions = jdbc.queryForObject("select count(*) from exercise_session", Long.class);
        // what autovacuum does after a day's writes in production: statistics, and the visibility map
        jdbc.execute("vacuum analyze");

        // and the flush of the bulk load, which production does not have during the day; nor its garbage
        jdbc.execute("checkpoint");
        System.gc();

        var report = new ArrayList<String>();
        report.add(String.format("Data: %d therapists, %d patients, %d days: %,d sessions, %,d exercise logs, "
                + "written in %d s", THERAPISTS, PATIENTS, DAYS, sessions, logs, written.toSeconds()));
        report.add(String.format("Audit trail: %,d events, chained in %d s", AUDIT_EVENTS, auditWritten.toSeconds()));
        var therapist = generation.busiestTherapist();
        var caseloadSize = jdbc.queryForObject("select count(*) from account where therapist_id = ?", Long.class,
                therapist.id());
        var patient = generation.somePatientOf(therapist.id());
        signIn(patient.username());
        days.checkIn(false, false);
        var items = days.day(today).routines().getFirst().items();
        var entries = List.of(LogEntry.done(), LogEntry.painDuring(2), LogEntry.done());
        var n = new int[1];
        // the summaries as they are before the nightly job: worked out again on the first look of the day
        var stale = "update progress_summary set as_of = as_of - 1, last_active = least(last_active, as_of - 1) "
                + "where patient_id in "
                + "(select id from account where therapist_id = " + therapist.id() + ")";
        var operations = List.of(
                new Operation("Dashboard: caseload (" + caseloadSize + " patients)", therapist,
                        () -> progress.caseload()),
                new Operation("Patient progress, 8 weeks", therapist, () -> progress.progress(patient.id(),
                        today.minusWeeks(8).plusDays(1), today)),
                new Operation("Patient progress, a year", therapist, () -> progress.progress(patient.id(),
                        today.minusDays(DAYS - 1), today)),
                new Operation("Check-off (one exercise, roll-up included)", patient, () -> days.record(today, 1,
                        items.get(n[0] % items.size()).id(), entries.get(n[0]++ % entries.size()))),
                new Operation("Audit event alone (own transaction)", patient,
                        () -> transactions.execute(status -> {
                            audit.record(AuditAction.RECORDED_EXERCISE, patient.id(), "benchmark");
                            return null;
                        })),
                new Operation("Dashboard: caseload, first look of the day", therapist, () -> {
                    jdbc.update(stale);
                    return System.nanoTime();
                }, () -> progress.caseload()));
        // the server runs for days: time each operation once the JIT compiled the code all of them share
        for (var operation : operations) {
            signIn(operation.user().username());
            for (int i = 0; i < WARM_UP; i++) {
                operation.run();
            }
        }
        for (var operation : operations) {
            report.add(time(operation));
        }
        signIn(therapist.username());
        var render = statements.count(() -> progress.caseload());
        report.add("Dashboard render: " + render + " SQL statements");
        SecurityContextHolder.clearContext();
        report.addAll(reminderSweep());

        System.out.println();
        System.out.println("=== Rehabit progress benchmark ===");
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", " + jdbc.queryForObject("select version()", String.class));
        report.forEach(System.out::println);
        System.out.println("==================================");
    }

    /**
     * Every patient asked for a reminder at the minute that just began, and (but one) recorded nothing today: the
     * sweep that puts them all in the outbox, and the sweeps of the next minutes, which find them all sent already.
     */
    private List<String> reminderSweep() {
        var at = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
        jdbc.update("""
                insert into notification_setting (account_id, reminders, reminder_time, updated_at)
                select id, true, ?, now() from account where username like 'bench-p%'""", at);
        var firstMinute = new long[SWEEPS];
        var added = 0;
        var counted = 0;
        for (int i = 0; i < SWEEPS; i++) {
            jdbc.update("delete from outbox_message where kind = 'REMINDER'");
            var start = System.nanoTime();
            var measured = asSystem(() -> statements.measure(sweep::sweep));
            firstMinute[i] = System.nanoTime() - start;
            added = measured.result();
            counted = measured.statements();
        }
        var later = new long[SWEEPS];
        var laterStatements = asSystem(() -> statements.measure(sweep::sweep)).statements();
        for (int i = 0; i < SWEEPS; i++) {
            var start = System.nanoTime();
            asSystem(sweep::sweep);
            later[i] = System.nanoTime() - start;
        }
        return List.of(
                String.format("Reminder sweep, %,d due at one minute: %s; %d statements, %,d reminders",
                        PATIENTS, figures(firstMinute), counted, added),
                String.format("Reminder sweep, the next minutes (all sent): %s; %d statements", figures(later),
                        laterStatements));
    }

    private static <T> T asSystem(Supplier<T> work) {
        var result = new ArrayList<T>(1);
        AppRoles.runAsSystem("benchmark", () -> result.add(work.get()));
        return result.getFirst();
    }

    private static String figures(long[] nanos) {
        Arrays.sort(nanos);
        return String.format("p50 %.0f ms, max %.0f ms over %d runs", nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    /** An operation timed as {@code user}, after {@code before} (not timed). */
    private record Operation(String name, DataSet.Account user, Supplier<?> before, Supplier<?> work) {

        Operation(String name, DataSet.Account user, Supplier<?> work) {
            this(name, user, () -> null, work);
        }

        void run() {
            before.get();
            work.get();
        }
    }

    private String time(Operation operation) {
        signIn(operation.user().username());
        var nanos = new long[RUNS];
        operation.before().get();
        var counted = statements.measure(operation.work());
        for (int i = 0; i < RUNS; i++) {
            operation.before().get();
            var start = System.nanoTime();
            operation.work().get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-45s p50 %7.2f ms   p95 %7.2f ms   max %7.2f ms   %d statements", operation.name(),
                nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6,
                counted.statements());
    }

    private void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
