package org.rehabit.alerts.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.instantOrNull;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The alerts raised for patients ({@code patient_alert}): all the SQL on them is here. */
@Repository
public class Alerts {

    private static final String SELECT = "select id, patient_id, kind, day, episode, detail, exercise_id, raised_at, times, "
            + "acknowledged_at, resolved_at, resolution_note from patient_alert ";

    private final JdbcClient jdbc;

    Alerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Raises an alert for one episode of a condition (for example the day of a red flag, or the first of a run of
     * missed days). While an alert of that kind is open, a new episode counts on it (with its day and detail)
     * instead; an episode that already had an alert, open or resolved, raises nothing again.
     */
    public void raise(long patientId, AlertKind kind, LocalDate day, LocalDate episode, String detail,
            Long exerciseId, Instant at) {
        var counted = jdbc.sql("""
                update patient_alert a set day = :day, detail = :detail, exercise_id = :exercise, episode = :episode,
                    times = a.times + case when a.episode <> :episode then 1 else 0 end,
                    last_episode_at = case when a.episode <> :episode then :at else a.last_episode_at end
                where a.patient_id = :patient and a.kind = :kind and a.resolved_at is null
                and not exists (select 1 from patient_alert o where o.patient_id = :patient and o.kind = :kind
                                and o.episode = :episode and o.id <> a.id)""")
                .param("day", day).param("detail", detail).param("exercise", exerciseId).param("episode", episode)
                .param("patient", patientId)
                .param("kind", kind.name()).param("at", timestamp(at)).update();
        if (counted == 0) {
            jdbc.sql("""
                    insert into patient_alert (patient_id, kind, day, episode, detail, exercise_id, raised_at)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(patientId, kind.name(), day, episode, detail, exerciseId, timestamp(at)).update();
        }
    }

    /** The newest alert of a kind for the patient, open or resolved. */
    public Optional<AlertRecord> latest(long patientId, AlertKind kind) {
        return jdbc.sql(SELECT + "where patient_id = ? and kind = ? order by day desc, id desc limit 1")
                .params(patientId, kind.name()).query(Alerts::alert).optional();
    }

    public Optional<AlertRecord> find(long alertId) {
        return jdbc.sql(SELECT + "where id = ?").param(alertId)
                .query(Alerts::alert).optional();
    }

    /** Marks an open alert as seen; true if it was open. */
    public boolean acknowledge(long alertId, long by, Instant at) {
        return jdbc.sql("""
                update patient_alert set acknowledged_by = ?, acknowledged_at = ?
                where id = ? and resolved_at is null and acknowledged_at is null""")
                .params(by, timestamp(at), alertId).update() == 1;
    }

    /** Closes an open alert with a note; true if it was open. */
    public boolean resolve(long alertId, String note, long by, Instant at) {
        return jdbc.sql("""
                update patient_alert set resolved_by = ?, resolved_at = ?, resolution_note = ?
                where id = ? and resolved_at is null""").params(by, timestamp(at), note, alertId).update() == 1;
    }

    /** All of a patient's alerts, open and resolved, newest first. */
    public List<AlertRecord> ofPatient(long patientId) {
        return jdbc.sql(SELECT + "where patient_id = ? order by raised_at desc, id desc").param(patientId)
                .query(Alerts::alert).list();
    }

    public List<AlertRecord> openOfPatient(long patientId) {
        return jdbc.sql(SELECT + "where patient_id = ? and resolved_at is null order by raised_at desc")
                .param(patientId).query(Alerts::alert).list();
    }

    /** Open alerts of the therapist's patients, newest first, with the patient's name. */
    public List<CaseloadAlert> openOfTherapist(long therapistId) {
        return jdbc.sql("""
                select p.id, p.patient_id, a.display_name, p.kind, p.day, p.detail, p.times, p.acknowledged_at
                from patient_alert p join account a on a.id = p.patient_id
                where a.therapist_id = ? and p.resolved_at is null order by p.day desc, p.id desc""")
                .param(therapistId).query((rs, row) -> new CaseloadAlert(rs.getLong("id"), rs.getLong("patient_id"),
                        rs.getString("display_name"), AlertKind.valueOf(rs.getString("kind")),
                        rs.getObject("day", LocalDate.class), rs.getString("detail"), rs.getInt("times"),
                        rs.getObject("acknowledged_at") != null))
                .list();
    }

    /**
     * For each of these therapists with any: their patients' alerts raised since then (or counting a new episode
     * since then), and those open now.
     */
    public Map<Long, AlertCount> countsOfTherapists(Collection<Long> therapistIds, Instant since) {
        var counts = new HashMap<Long, AlertCount>();
        jdbc.sql("""
                select a.therapist_id,
                       count(*) filter (where greatest(p.raised_at, p.last_episode_at) >= ?) as raised,
                       count(*) filter (where p.resolved_at is null) as open
                from patient_alert p join account a on a.id = p.patient_id
                where a.therapist_id = any(?) group by a.therapist_id""")
                .params(timestamp(since), therapistIds.toArray(Long[]::new))
                .query(rs -> {
                    counts.put(rs.getLong("therapist_id"), new AlertCount(rs.getInt("raised"), rs.getInt("open")));
                });
        return counts;
    }

    private static AlertRecord alert(ResultSet rs, int row) throws SQLException {
        return new AlertRecord(rs.getLong("id"), rs.getLong("patient_id"), AlertKind.valueOf(rs.getString("kind")),
                rs.getObject("day", LocalDate.class), rs.getObject("episode", LocalDate.class), rs.getString("detail"),
                rs.getObject("exercise_id", Long.class), instant(rs, "raised_at"), rs.getInt("times"),
                instantOrNull(rs, "acknowledged_at"),
                instantOrNull(rs, "resolved_at"), rs.getString("resolution_note"));
    }
}
