package org.rehabit.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.SessionRecord;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.SessionEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes of one patient at the same moment: two submits of the same exercise (a double tap, two tabs) end in one row
 * with both values; a check-off waits for another check-off of the patient, so that the day's roll-up counts both;
 * a pain score saved during a check-off waits for it. The writes commit: each test has a patient of its own, with
 * the routine {@link TestRoutines#daily}.
 */
@IntegrationTest
class ConcurrentCheckOffTest {

    @Autowired
    PatientDayService days;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    LocalDate today;
    TestAccount patient;

    @BeforeEach
    void makeAPatientWithADailyRoutine() {
        today = LocalDate.now(clock);
        patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, today));
    }

    @Test
    void two_threads_writing_the_same_occurrence_end_in_one_row() throws Exception {
        var tilt = asPatient(() -> {
            days.checkIn(false, false);
            return PatientDayServiceTest.item(days.day(today), "Neck tilt").id();
        });
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        var results = new ArrayList<Future<LogRecord>>();
        for (var entry : new LogEntry[] {LogEntry.done(), new LogEntry(null, null, null, 2, Difficulty.EASY)}) {
            results.add(pool.submit(() -> asPatient(() -> {
                start.await();
                return days.record(today, 1, tilt, entry).log();
            })));
        }
        start.countDown();
        for (var result : results) {
            result.get();
        }
        pool.shutdown();

        assertThat(jdbc.queryForObject("select count(*) from exercise_log where routine_item_id = ?", Long.class,
                tilt)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from exercise_session where patient_id = ? and day = ?",
                Long.class, patient.id(), today)).isEqualTo(1);
        var saved = asPatient(() -> days.day(today).log(tilt, 1).orElseThrow());
        assertThat(saved.status()).isEqualTo(LogStatus.DONE);
        assertThat(saved.pain()).isEqualTo(2);
        assertThat(saved.difficulty()).isEqualTo(Difficulty.EASY);
    }

    @Test
    void a_check_off_waits_for_another_check_off_of_the_patient_and_rolls_up_both() throws Exception {
        var patientId = patient.id();
        var items = asPatient(() -> {
            days.checkIn(false, false);
            var plan = days.day(today);
            return new long[] {PatientDayServiceTest.item(plan, "Neck tilt").id(),
                    PatientDayServiceTest.item(plan, "Side-to-side neck tilt").id()};
        });
        var pool = Executors.newSingleThreadExecutor();
        Future<LogRecord> checkOff;
        try (var other = dataSource.getConnection()) {
            // another check-off of the patient (a second tab), in the middle of its transaction
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select pg_advisory_xact_lock(?)");
                    var log = other.prepareStatement("""
                            with s as (insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                                       values (?, ?, 1, ?, ?) returning id)
                            insert into exercise_log (session_id, routine_item_id, status, recorded_by, recorded_at)
                            select s.id, ?, 'DONE', ?, ? from s""")) {
                lock.setLong(1, patientId);
                lock.execute();
                log.setLong(1, patientId);
                log.setObject(2, today);
                log.setLong(3, patientId);
                log.setObject(4, timestamp(clock.instant()));
                log.setLong(5, items[1]);
                log.setLong(6, patientId);
                log.setObject(7, timestamp(clock.instant()));
                log.executeUpdate();
            }
            checkOff = pool.submit(() -> asPatient(() -> days.record(today, 1, items[0], LogEntry.done()).log()));
            awaitWaitingOnALock(checkOff);
            other.commit();
        }
        checkOff.get();
        pool.shutdown();

        assertThat(jdbc.queryForObject("select completed from adherence_day where patient_id = ? and day = ?",
                Double.class, patientId, today)).as("rolled up after the other check-off, with both").isEqualTo(2.0);
    }

    @Test
    void a_pain_score_saved_during_a_check_off_waits_for_it_instead_of_deadlocking() throws Exception {
        var patientId = patient.id();
        asPatient(() -> days.checkIn(false, false));
        var pool = Executors.newSingleThreadExecutor();
        Future<SessionRecord> score;
        try (var other = dataSource.getConnection()) {
            // a check-off of the patient (another device) that holds the patient's records, about to save its log
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select pg_advisory_xact_lock(?)");
                    var session = other.prepareStatement("""
                            insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                            values (?, ?, 1, ?, ?)
                            on conflict (patient_id, day, round) do update set round = excluded.round""")) {
                lock.setLong(1, patientId);
                lock.execute();
                score = pool.submit(() -> asPatient(() -> days.recordSession(today, 1,
                        new SessionEntry(3, null, null))));
                awaitWaitingOnALock(score);
                session.setLong(1, patientId);
                session.setObject(2, today);
                session.setLong(3, patientId);
                session.setObject(4, timestamp(clock.instant()));
                session.executeUpdate();
            }
            other.commit();
        }
        pool.shutdown();

        assertThat(score.get().painBefore()).isEqualTo(3);
    }

    /**
     * Until the database shows a session waiting for the patient's lock (or the work ended, which the caller then
     * sees). The lock is {@code pg_advisory_xact_lock(patient id)}: its key's high and low 32 bits.
     */
    private void awaitWaitingOnALock(Future<?> work) {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!work.isDone() && jdbc.queryForObject("""
                select count(*) from pg_locks where not granted and locktype = 'advisory' and objsubid = 1
                and ((classid::bigint << 32) | objid::bigint) = ?""", Long.class, patient.id()) == 0) {
            assertThat(System.nanoTime()).as("the check-off waits for the lock").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private <T> T asPatient(Callable<T> work) throws Exception {
        data.signIn(patient);
        try {
            return work.call();
        } finally {
            data.signOut();
        }
    }
}
