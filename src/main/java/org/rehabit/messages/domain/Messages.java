package org.rehabit.messages.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.instantOrNull;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages of patients' conversations, in SQL: sent once per client key, read page by page. */
@Repository
public class Messages {

    private static final String SELECT = """
            select m.id, m.patient_id, m.author_id, a.display_name as author_name, m.from_patient, m.body,
                   m.about_day, m.about_exercise, e.name as exercise_name, m.sent_at, m.read_at
            from message m join account a on a.id = m.author_id
            left join exercise e on e.id = m.about_exercise
            """;

    private final JdbcClient jdbc;

    Messages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the message, or returns the one this author already sent with this client key. */
    public Message send(long patientId, long authorId, boolean fromPatient, String body, LocalDate aboutDay,
            Long aboutExercise, UUID clientKey, Instant at) {
        var id = jdbc.sql("""
                insert into message (patient_id, author_id, from_patient, body, about_day, about_exercise, client_key,
                                     sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (author_id, client_key) do nothing
                returning id""")
                .params(patientId, authorId, fromPatient, body, aboutDay, aboutExercise, clientKey, timestamp(at))
                .query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("select id from message where author_id = ? and client_key = ?")
                        .params(authorId, clientKey).query(Long.class).single());
        return jdbc.sql(SELECT + "where m.id = ?").param(id).query(Messages::message).single();
    }

    /** Up to {@code limit} messages of the conversation older than {@code beforeId} (null: the newest), newest first. */
    public List<Message> page(long patientId, Long beforeId, int limit) {
        return jdbc.sql(SELECT + "where m.patient_id = ? and m.id < ? order by m.id desc limit ?")
                .params(patientId, beforeId == null ? Long.MAX_VALUE : beforeId, limit).query(Messages::message)
                .list();
    }

    /**
     * The messages of the conversation about a day, or about no day and sent between {@code from} and {@code to}
     * (that day in the clinic's time zone), oldest first: the newest {@code limit} of them.
     */
    public List<Message> ofDay(long patientId, LocalDate day, Instant from, Instant to, int limit) {
        return jdbc.sql(SELECT + """
                where m.patient_id = ?
                  and (m.about_day = ? or (m.about_day is null and m.sent_at >= ? and m.sent_at < ?))
                order by m.id desc limit ?""")
                .params(patientId, day, timestamp(from), timestamp(to), limit).query(Messages::message).list()
                .reversed();
    }

    /** The patient's (or, {@code fromPatient} false, the staff's) messages of this conversation are read now. */
    public int markRead(long patientId, boolean fromPatient, long readerId, Instant at) {
        return jdbc.sql("""
                update message set read_at = ?, read_by = ?
                where patient_id = ? and from_patient = ? and read_at is null""")
                .params(timestamp(at), readerId, patientId, fromPatient).update();
    }

    /** How many messages from patients nobody has read yet, for each of the therapist's patients that has any. */
    public Map<Long, Integer> unreadFromPatientsOf(long therapistId) {
        var counts = new HashMap<Long, Integer>();
        jdbc.sql("""
                select m.patient_id, count(*) as unread from message m join account p on p.id = m.patient_id
                where p.therapist_id = ? and m.from_patient and m.read_at is null group by m.patient_id""")
                .param(therapistId)
                .query(rs -> {
                    counts.put(rs.getLong("patient_id"), rs.getInt("unread"));
                });
        return counts;
    }

    /** The catalog's name for an exercise a message may be about. */
    public Optional<String> exerciseName(long exerciseId) {
        return jdbc.sql("select name from exercise where id = ?").param(exerciseId).query(String.class).optional();
    }

    /** How many messages from staff the patient has not read yet. */
    public int unreadByPatient(long patientId) {
        return jdbc.sql("select count(*) from message where patient_id = ? and not from_patient and read_at is null")
                .param(patientId).query(Integer.class).single();
    }

    private static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), rs.getLong("patient_id"), rs.getLong("author_id"),
                rs.getString("author_name"), rs.getBoolean("from_patient"), rs.getString("body"),
                rs.getObject("about_day", LocalDate.class), rs.getObject("about_exercise", Long.class),
                rs.getString("exercise_name"), instant(rs, "sent_at"), instantOrNull(rs, "read_at"));
    }
}
