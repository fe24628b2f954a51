package org.rehabit.adherence.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What patients record about their days, in SQL: every write is an upsert on the row's natural key, so repeating
 * it (a double click, a resend, a second tab) changes the one row and never adds another. A value left empty in a
 * write keeps the value already saved.
 */
@Repository
public class DayRecords {

    private final JdbcClient jdbc;

    DayRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CheckIn> checkIn(long patientId, LocalDate day) {
        return jdbc.sql("""
                select day, severe_neck_pain, arm_symptoms, answered_at from check_in
                where patient_id = ? and day = ?""").params(patientId, day).query(DayRecords::checkIn).optional();
    }

    public Set<LocalDate> redFlagDays(long patientId, LocalDate from, LocalDate to) {
        return Set.copyOf(jdbc.sql("""
                select day from check_in where patient_id = ? and day between ? and ?
                and (severe_neck_pain or arm_symptoms)""").params(patientId, from, to).query(LocalDate.class).list());
    }

    /** The day's check-in. Answers only turn from "no" to "yes": a red flag, once reported, stands for the day. */
    public CheckIn saveCheckIn(long patientId, LocalDate day, boolean severeNeckPain, boolean armSymptoms, long by,
            Instant at) {
        return jdbc.sql("""
                insert into check_in (patient_id, day, severe_neck_pain, arm_symptoms, answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (patient_id, day) do update set
                    severe_neck_pain = check_in.severe_neck_pain or excluded.severe_neck_pain,
                    arm_symptoms = check_in.arm_symptoms or excluded.arm_symptoms
                returning day, severe_neck_pain, arm_symptoms, answered_at""")
                .params(patientId, day, severeNeckPain, armSymptoms, by, timestamp(at)).query(DayRecords::checkIn)
                .single();
    }

    /**
     * Saves pain before or after and the note; an empty score keeps the saved one. The note is replaced (an empty
     * one clears it) only when {@code noteGiven}.
     */
    public SessionRecord saveSession(long patientId, LocalDate day, int round, Integer painBefore, Integer painAfter,
            boolean noteGiven, String note, long by, Instant at) {
        return jdbc.sql("""
                insert into exercise_session (patient_id, day, round, pain_before, pain_after, note, recorded_by,
                                              recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (patient_id, day, round) do update set
                    pain_before = coalesce(excluded.pain_before, exercise_session.pain_before),
                    pain_after = coalesce(excluded.pain_after, exercise_session.pain_after),
                    note = case when ? then excluded.note else exercise_session.note end,
                    recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at
                returning day, round, pain_before, pain_after, note, recorded_at""")
                .params(patientId, day, round, painBefore, painAfter, note, by, timestamp(at), noteGiven)
                .query(DayRecords::session).single();
    }

    /**
     * Saves a log in the session of that day and round (made if missing). A new status replaces the old one with
     * its part done or reason; pain and difficulty left empty keep their saved values; a pain flag, once set, stays.
     */
    public LogRecord saveLog(long patientId, LocalDate day, int round, long itemId, LogStatus status,
            Part part, SkipReason skipReason, Integer pain, Difficulty difficulty, boolean painFlag, long by,
            Instant at) {
        var sessionId = jdbc.sql("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                on conflict (patient_id, day, round) do update set round = excluded.round
                returning id""").params(patientId, day, round, by, timestamp(at)).query(Long.class).single();
        return jdbc.sql("""
                insert into exercise_log (session_id, routine_item_id, status, part_done, part_unit, skip_reason,
                                          pain, difficulty, pain_flag, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (session_id, routine_item_id) do update set
                    status = coalesce(excluded.status, exercise_log.status),
                    part_done = case when excluded.status is null then exercise_log.part_done
                                     else excluded.part_done end,
                    part_unit = case when excluded.status is null then exercise_log.part_unit
                                     else excluded.part_unit end,
                    skip_reason = case when excluded.status is null then exercise_log.skip_reason
                                       else excluded.skip_reason end,
                    pain = coalesce(excluded.pain, exercise_log.pain),
                    difficulty = coalesce(excluded.difficulty, exercise_log.difficulty),
                    pain_flag = exercise_log.pain_flag or excluded.pain_flag,
                    recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at
                returning routine_item_id, ?::date as day, ?::integer as round, status, part_done, part_unit,
                          skip_reason, pain, difficulty, pain_flag, recorded_at""")
                .params(sessionId, itemId, name(status), part == null ? null : part.done(),
                        part == null ? null : part.unit().name(), name(skipReason), pain, name(difficulty), painFlag,
                        by, timestamp(at), day, round)
                .query(DayRecords::log).single();
    }

    public List<SessionRecord> sessions(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select day, round, pain_before, pain_after, note, recorded_at from exercise_session
                where patient_id = ? and day between ? and ? order by day, round""")
                .params(patientId, from, to).query(DayRecords::session).list();
    }

    public List<LogRecord> logs(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select l.routine_item_id, s.day, s.round, l.status, l.part_done, l.part_unit, l.skip_reason, l.pain,
                       l.difficulty, l.pain_flag, l.recorded_at
                from exercise_log l join exercise_session s on s.id = l.session_id
                where s.patient_id = ? and s.day between ? and ? order by s.day, s.round, l.id""")
                .params(patientId, from, to).query(DayRecords::log).list();
    }

    /** Sets the pain flag of a log, for a stop rule met once the score before the session was known. */
    public void flagPain(long patientId, LocalDate day, int round, long itemId) {
        jdbc.sql("""
                update exercise_log l set pain_flag = true from exercise_session s
                where s.id = l.session_id and s.patient_id = ? and s.day = ? and s.round = ?
                and l.routine_item_id = ?""").params(patientId, day, round, itemId).update();
    }

    /**
     * Holds the patient's records until the transaction ends: every transaction that writes a patient's day takes
     * this first, so two of them (two tabs, the nightly job) run one after the other, the second reading what the
     * first wrote, and never wait for each other's rows in opposite orders.
     */
    /**
     * Claims the key of an action sent from the patient's phone: true the first time, false when an action with that
     * key was applied before (its transaction committed), so that it is not applied again.
     */
    public boolean claimAction(long patientId, UUID key, LocalDate day, Instant at) {
        return jdbc.sql("""
                insert into applied_day_action (patient_id, action_key, day, applied_at) values (?, ?, ?, ?)
                on conflict do nothing""").params(patientId, key, day, timestamp(at)).update() == 1;
    }

    public void lockPatient(long patientId) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(patientId).query().listOfRows();
    }

    private static CheckIn checkIn(ResultSet rs, int row) throws SQLException {
        return new CheckIn(rs.getObject("day", LocalDate.class), rs.getBoolean("severe_neck_pain"),
                rs.getBoolean("arm_symptoms"), instant(rs, "answered_at"));
    }

    private static SessionRecord session(ResultSet rs, int row) throws SQLException {
        return new SessionRecord(rs.getObject("day", LocalDate.class), rs.getInt("round"),
                rs.getObject("pain_before", Integer.class), rs.getObject("pain_after", Integer.class),
                rs.getString("note"), instant(rs, "recorded_at"));
    }

    private static LogRecord log(ResultSet rs, int row) throws SQLException {
        var status = rs.getString("status");
        var reason = rs.getString("skip_reason");
        var difficulty = rs.getString("difficulty");
        var unit = rs.getString("part_unit");
        return new LogRecord(rs.getLong("routine_item_id"), rs.getObject("day", LocalDate.class), rs.getInt("round"),
                status == null ? null : LogStatus.valueOf(status),
                unit == null ? null : new Part(rs.getInt("part_done"), PartUnit.valueOf(unit)),
                reason == null ? null : SkipReason.valueOf(reason), rs.getObject("pain", Integer.class),
                difficulty == null ? null : Difficulty.valueOf(difficulty), rs.getBoolean("pain_flag"),
                instant(rs, "recorded_at"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
