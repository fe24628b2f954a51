package org.rehabit.security.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.rehabit.base.domain.LikePattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit trail's table. Rows are only ever appended: the database numbers and chains them, and refuses to change
 * or delete them.
 */
@Repository
public class AuditEvents {

    private static final String ENTRY = """
            select e.id, e.occurred_at, actor.display_name as actor_name, e.actor_role, e.action,
                   patient.display_name as patient_name, e.address, e.detail
            from audit_event e
            left join account actor on actor.id = e.actor_id
            left join account patient on patient.id = e.patient_id
            """;
    private static final String MATCHING = """
            where (:person = '' or e.actor_id in (select id from account
                       where lower(display_name) like '%' || :person || '%' or lower(username) like '%' || :person || '%'))
              and (:patient = '' or e.patient_id in (select id from account where role = 'PATIENT'
                       and (lower(display_name) like '%' || :patient || '%' or lower(username) like '%' || :patient || '%')))
              and (cast(:action as varchar) is null or e.action = :action)
              and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
              and (cast(:until as timestamptz) is null or e.occurred_at < :until)
            """;

    private final JdbcClient jdbc;

    AuditEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends one event, in the caller's transaction. */
    public void append(Instant at, Long actorId, String actorRole, AuditAction action, Long patientId, String address,
            String detail) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, actor_role, action, patient_id, address, detail)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(timestamp(at), actorId, actorRole, action.name(), patientId, address, detail).update();
    }

    /** The page of matching events, newest first. */
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return bind(jdbc.sql(ENTRY + MATCHING + " order by e.id desc offset :offset limit :limit"), query)
                .param("offset", offset).param("limit", limit).query(AuditEvents::entry).list();
    }

    /** Every matching event, newest first, one at a time (an export never holds them all in memory). */
    public void forEach(AuditQuery query, Consumer<AuditEntry> consumer) {
        bind(jdbc.sql(ENTRY + MATCHING + " order by e.id desc").withFetchSize(500), query).query(rs -> {
            consumer.accept(entry(rs, 0));
        });
    }

    /** What people other than the patient did with the patient's record, newest first. */
    public List<AuditEntry> othersOnRecordOf(long patientId, int offset, int limit) {
        return jdbc.sql(ENTRY + """
                where e.patient_id = :patient and e.actor_id is distinct from :patient
                order by e.id desc offset :offset limit :limit""").param("patient", patientId)
                .param("offset", offset).param("limit", limit).query(AuditEvents::entry).list();
    }

    public int countOthersOnRecordOf(long patientId) {
        return jdbc.sql("""
                select count(*) from audit_event e
                where e.patient_id = :patient and e.actor_id is distinct from :patient""").param("patient", patientId)
                .query(Integer.class).single();
    }

    /**
     * Recomputes every row's hash and link, compares the rows earlier checks ended at with the hashes they had then,
     * records the outcome and returns it.
     */
    public AuditChainCheck check(Instant at) {
        return jdbc.sql("""
                insert into audit_check (checked_at, last_id, last_hash, first_break)
                select ?, head.id, head.hash, coalesce(audit_chain_first_break(),
                       (select min(c.last_id) from audit_check c where c.last_id is not null
                          and c.last_hash is distinct from (select e.hash from audit_event e where e.id = c.last_id)))
                from (select 1) one
                left join lateral (select id, hash from audit_event order by id desc limit 1) head on true
                returning checked_at, last_id, encode(last_hash, 'hex') as last_hash, first_break""")
                .param(timestamp(at)).query(AuditEvents::check).single();
    }

    public Optional<AuditChainCheck> lastCheck() {
        return jdbc.sql("""
                select checked_at, last_id, encode(last_hash, 'hex') as last_hash, first_break from audit_check
                order by id desc limit 1""").query(AuditEvents::check).optional();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditQuery query) {
        return statement.param("person", LikePattern.escaped(query.person()))
                .param("patient", LikePattern.escaped(query.patient()))
                .param("action", query.action() == null ? null : query.action().name())
                .param("from", query.from() == null ? null : timestamp(query.from()))
                .param("until", query.until() == null ? null : timestamp(query.until()));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), instant(rs, "occurred_at"), rs.getString("actor_name"),
                rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")), rs.getString("patient_name"),
                rs.getString("address"), rs.getString("detail"));
    }

    private static AuditChainCheck check(ResultSet rs, int row) throws SQLException {
        return new AuditChainCheck(instant(rs, "checked_at"), (Long) rs.getObject("last_id"),
                rs.getString("last_hash"), (Long) rs.getObject("first_break"));
    }
}
