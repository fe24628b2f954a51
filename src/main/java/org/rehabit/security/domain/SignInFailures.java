package org.rehabit.security.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-in attempts that count against a subject ({@code account:42}, {@code login:name},
 * {@code address:192.0.2.1}): each attempt is recorded before its password is checked and deleted if it signs in.
 * "Forgot password" requests are counted here too, under subjects of their own ({@code reset-account:42}).
 */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds the subjects until the transaction ends, so that attempts against one subject are counted one after
     * the other (in a fixed order, so two transactions never wait for each other).
     */
    public void lock(List<String> subjects) {
        subjects.stream().sorted().forEach(subject -> jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param(subject).query().listOfRows());
    }

    /** Records an attempt; returns its id. */
    public long record(String subject, Instant at) {
        return jdbc.sql("insert into sign_in_failure (subject, failed_at) values (?, ?) returning id")
                .params(subject, timestamp(at)).query(Long.class).single();
    }

    /** Forgets every attempt older than {@code before}, whatever its subject. */
    public void forgetBefore(Instant before) {
        jdbc.sql("delete from sign_in_failure where failed_at < ?").param(timestamp(before)).update();
    }

    /** The subject's failures since {@code since}, newest first. */
    public List<Instant> since(String subject, Instant since) {
        return jdbc.sql("""
                select failed_at from sign_in_failure where subject = ? and failed_at >= ? order by failed_at desc""")
                .params(subject, timestamp(since)).query((rs, row) -> instant(rs, "failed_at")).list();
    }

    public void delete(List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from sign_in_failure where id in (:ids)").param("ids", ids).update();
        }
    }

    public void clear(String subject) {
        jdbc.sql("delete from sign_in_failure where subject = ?").param(subject).update();
    }
}
