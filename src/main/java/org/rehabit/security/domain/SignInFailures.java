package org.rehabit.security.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Failed sign-ins by subject ({@code account:42}, {@code login:name}, {@code address:192.0.2.1}). */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a failure, and forgets the subject's failures older than {@code forgetBefore}. */
    public void record(String subject, Instant at, Instant forgetBefore) {
        jdbc.sql("delete from sign_in_failure where subject = ? and failed_at < ?")
                .params(subject, timestamp(forgetBefore)).update();
        jdbc.sql("insert into sign_in_failure (subject, failed_at) values (?, ?)").params(subject, timestamp(at))
                .update();
    }

    /** The subject's failures since {@code since}, newest first. */
    public List<Instant> since(String subject, Instant since) {
        return jdbc.sql("""
                select failed_at from sign_in_failure where subject = ? and failed_at >= ? order by failed_at desc""")
                .params(subject, timestamp(since)).query((rs, row) -> instant(rs, "failed_at")).list();
    }

    public void clear(String subject) {
        jdbc.sql("delete from sign_in_failure where subject = ?").param(subject).update();
    }
}
