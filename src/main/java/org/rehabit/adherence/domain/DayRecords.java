package org.rehabit.adherence.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
     * its sets or reason; pain and difficulty left empty keep their saved values; a pain flag, once set, stays.
     */
    public LogRecord saveLog(long patientId, LocalDate day, int round, long itemId, LogStatus status,
            Integer setsDone, SkipReason skipReason, Integer pain, Difficulty difficulty, boolean painFlag, long by,
            Instant at) {
        var sessionId = jdbc.sql("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                on conflict (patient_id, day, round) do update set round = excluded.round
                returning id""").params(patientId, day, round, by, timestamp(at)).query(Long.class).single();
        return jdbc.sql("""
                insert into exercise_log (session_id, routine_item_id, status, sets_done, skip_reason, pain,
                                          difficulty, pain_flag, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (session_id, routine_item_id) do update set
                    status = coalesce(excluded.status, exercise_log.status),
                    sets_done = case when excluded.status is null then exercise_log.sets_done
                                     else excluded.sets_done end,
                    skip_reason = case when excluded.status is null then exercise_log.skip_reason
                                       else excluded.skip_reason end,
                    pain = coalesce(excluded.pain, exercise_log.pain),
                    difficulty = coalesce(excluded.difficulty, exercise_log.difficulty),
                    pain_flag = exercise_log.pain_flag or excluded.pain_flag,
                    recorded_by = excluded.recorded_by,
                    recorded_at = excluded.recorded_at
                returning routine_item_id, ?::date as day, ?::integer as round, status, sets_done, skip_reason, pain,
                          difficulty, pain_flag, recorded_at""")
                .params(sessionId, itemId, name(status), setsDone, name(skipReason), pain, name(difficulty), painFlag,
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
                select l.routine_item_id, s.day, s.round, l.status, l.sets_done, l.skip_reason, l.pain, l.difficulty,
                       l.pain_flag, l.recorded_at
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
     * Raises an alert for one episode of a condition (for example the day of a red flag, or the first of a run of
     * missed days). While an alert of that kind is open, a new episode counts on it (with its day and detail)
     * instead; an episode that already had an alert, open or resolved, raises nothing again.
     */
    public void raiseAlert(long patientId, AlertKind kind, LocalDate day, LocalDate episode, String detail,
            Instant at) {
        var counted = jdbc.sql("""
                update patient_alert a set day = :day, detail = :detail, episode = :episode,
                    times = a.times + case when a.episode <> :episode then 1 else 0 end
                where a.patient_id = :patient and a.kind = :kind and a.resolved_at is null
                and not exists (select 1 from patient_alert o where o.patient_id = :patient and o.kind = :kind
                                and o.episode = :episode and o.id <> a.id)""")
                .param("day", day).param("detail", detail).param("episode", episode).param("patient", patientId)
                .param("kind", kind.name()).update();
        if (counted == 0) {
            jdbc.sql("""
                    insert into patient_alert (patient_id, kind, day, episode, detail, raised_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(patientId, kind.name(), day, episode, detail, timestamp(at)).update();
        }
    }

    /**
     * Holds the patient's records until the transaction ends: every transaction that writes a patient's day takes
     * this first, so two of them (two tabs, the nightly job) run one after the other, the second reading what the
     * first wrote, and never wait for each other's rows in opposite orders.
     */
    public void lockPatient(long patientId) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(patientId).query().listOfRows();
    }

    /**
     * Replaces the patient's roll-up rows from {@code from} to {@code to} with {@code rows}: one upsert, and a delete
     * of the other days of the range unless the rows cover them all. The dashboard's summary is not touched: callers
     * go through {@code DayRollup}, which works it out again.
     */
    public void replaceDays(long patientId, LocalDate from, LocalDate to, List<DayRow> rows, Instant at) {
        var values = new ArrayList<Object>();
        for (var row : rows) {
            values.addAll(Arrays.asList(patientId, row.day(), row.scheduled(), row.completed(), row.painBefore(),
                    row.painAfter(), row.active(), row.redFlag(), timestamp(at)));
        }
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    insert into adherence_day (patient_id, day, scheduled, completed, pain_before, pain_after, active,
                                               red_flag, updated_at)
                    values %s
                    on conflict (patient_id, day) do update set
                        scheduled = excluded.scheduled, completed = excluded.completed,
                        pain_before = excluded.pain_before, pain_after = excluded.pain_after, active = excluded.active,
                        red_flag = excluded.red_flag, updated_at = excluded.updated_at"""
                    .formatted(placeholders(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"))).params(values).update();
        }
        if (rows.size() < ChronoUnit.DAYS.between(from, to) + 1) {
            var kept = rows.stream().map(DayRow::day).toList();
            jdbc.sql("delete from adherence_day where patient_id = ? and day between ? and ?"
                    + (kept.isEmpty() ? "" : " and day not in (" + placeholders(kept.size(), "?") + ")"))
                    .params(Stream.concat(Stream.of(patientId, from, to), kept.stream()).toList()).update();
        }
    }

    private static String placeholders(int count, String each) {
        return String.join(", ", Collections.nCopies(count, each));
    }

    public List<DayRow> days(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select day, scheduled, completed, pain_before, pain_after, active, red_flag from adherence_day
                where patient_id = ? and day between ? and ? order by day""")
                .params(patientId, from, to).query((rs, row) -> new DayRow(rs.getObject("day", LocalDate.class),
                        rs.getInt("scheduled"), rs.getDouble("completed"), rs.getObject("pain_before", Integer.class),
                        rs.getObject("pain_after", Integer.class), rs.getBoolean("active"), rs.getBoolean("red_flag")))
                .list();
    }

    /** The last day the patient recorded anything, if ever. */
    public Optional<LocalDate> lastActiveDay(long patientId) {
        return Optional.ofNullable(jdbc.sql("select max(day) from adherence_day where patient_id = ? and active")
                .param(patientId).query(LocalDate.class).single());
    }

    /** The newest alert of a kind for the patient, open or resolved. */
    public Optional<AlertRecord> latestAlert(long patientId, AlertKind kind) {
        return jdbc.sql("""
                select id, patient_id, kind, day, episode, detail, raised_at, times, acknowledged_at, resolved_at,
                       resolution_note from patient_alert
                where patient_id = ? and kind = ? order by day desc, id desc limit 1""")
                .params(patientId, kind.name()).query(DayRecords::alert).optional();
    }

    public Optional<AlertRecord> alert(long alertId) {
        return jdbc.sql("""
                select id, patient_id, kind, day, episode, detail, raised_at, times, acknowledged_at, resolved_at,
                       resolution_note from patient_alert where id = ?""").param(alertId).query(DayRecords::alert)
                .optional();
    }

    /** Marks an open alert as seen; true if it was open. */
    public boolean acknowledgeAlert(long alertId, long by, Instant at) {
        return jdbc.sql("""
                update patient_alert set acknowledged_by = ?, acknowledged_at = ?
                where id = ? and resolved_at is null and acknowledged_at is null""")
                .params(by, timestamp(at), alertId).update() == 1;
    }

    /** Closes an open alert with a note; true if it was open. */
    public boolean resolveAlert(long alertId, String note, long by, Instant at) {
        return jdbc.sql("""
                update patient_alert set resolved_by = ?, resolved_at = ?, resolution_note = ?
                where id = ? and resolved_at is null""").params(by, timestamp(at), note, alertId).update() == 1;
    }

    /** All of a patient's alerts, open and resolved, newest first. */
    public List<AlertRecord> alerts(long patientId) {
        return jdbc.sql("""
                select id, patient_id, kind, day, episode, detail, raised_at, times, acknowledged_at, resolved_at,
                       resolution_note from patient_alert
                where patient_id = ? order by raised_at desc, id desc""").param(patientId).query(DayRecords::alert)
                .list();
    }

    public List<AlertRecord> openAlerts(long patientId) {
        return jdbc.sql("""
                select id, patient_id, kind, day, episode, detail, raised_at, times, acknowledged_at, resolved_at,
                       resolution_note from patient_alert
                where patient_id = ? and resolved_at is null order by raised_at desc""")
                .params(patientId).query(DayRecords::alert).list();
    }

    private static AlertRecord alert(ResultSet rs, int row) throws SQLException {
        return new AlertRecord(rs.getLong("id"), rs.getLong("patient_id"), AlertKind.valueOf(rs.getString("kind")),
                rs.getObject("day", LocalDate.class), rs.getObject("episode", LocalDate.class), rs.getString("detail"),
                instant(rs, "raised_at"), rs.getInt("times"), instantOrNull(rs, "acknowledged_at"),
                instantOrNull(rs, "resolved_at"), rs.getString("resolution_note"));
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
        return new LogRecord(rs.getLong("routine_item_id"), rs.getObject("day", LocalDate.class), rs.getInt("round"),
                status == null ? null : LogStatus.valueOf(status), rs.getObject("sets_done", Integer.class),
                reason == null ? null : SkipReason.valueOf(reason), rs.getObject("pain", Integer.class),
                difficulty == null ? null : Difficulty.valueOf(difficulty), rs.getBoolean("pain_flag"),
                instant(rs, "recorded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime timestamp(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
