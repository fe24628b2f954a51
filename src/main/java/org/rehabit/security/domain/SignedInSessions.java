package org.rehabit.security.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The open and ended sessions of accounts, by the key each HTTP session keeps. */
@Repository
public class SignedInSessions {

    private final JdbcClient jdbc;

    SignedInSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(long accountId, String key, String device, String address, Instant at) {
        jdbc.sql("""
                insert into signed_in_session (account_id, session_key, device, address, signed_in_at, last_used_at)
                values (?, ?, ?, ?, ?, ?)""").params(accountId, key, device, address, timestamp(at), timestamp(at))
                .update();
    }

    /** When the session was last used, if it is still open. */
    public Optional<Instant> lastUsed(String key) {
        return jdbc.sql("select last_used_at from signed_in_session where session_key = ? and ended_at is null")
                .param(key).query((rs, row) -> instant(rs, "last_used_at")).optional();
    }

    public void used(String key, Instant at) {
        jdbc.sql("update signed_in_session set last_used_at = ? where session_key = ? and last_used_at < ?")
                .params(timestamp(at), key, timestamp(at)).update();
    }

    /** The account's sessions not ended, used since {@code usedSince} and signed in since {@code signedInSince}. */
    public List<SignedInSession> openOf(long accountId, Instant usedSince, Instant signedInSince) {
        return jdbc.sql("""
                select id, device, address, signed_in_at, last_used_at from signed_in_session
                where account_id = ? and ended_at is null and last_used_at >= ? and signed_in_at >= ?
                order by last_used_at desc""").params(accountId, timestamp(usedSince), timestamp(signedInSince))
                .query((rs, row) -> new SignedInSession(rs.getLong("id"), rs.getString("device"),
                        rs.getString("address"), instant(rs, "signed_in_at"), instant(rs, "last_used_at")))
                .list();
    }

    public Optional<Long> idOf(String key) {
        return jdbc.sql("select id from signed_in_session where session_key = ?").param(key).query(Long.class)
                .optional();
    }

    /** Ends one of the account's sessions; false if it is not theirs or already ended. */
    public boolean end(long accountId, long id, Instant at) {
        return jdbc
                .sql("update signed_in_session set ended_at = ? where id = ? and account_id = ? and ended_at is null")
                .params(timestamp(at), id, accountId).update() == 1;
    }

    /** Ends every open session of the account but the one with {@code keep} (null: all); returns how many. */
    public int endAll(long accountId, String keep, Instant at) {
        return jdbc.sql("""
                update signed_in_session set ended_at = ?
                where account_id = ? and ended_at is null and session_key is distinct from ?""")
                .params(timestamp(at), accountId, keep).update();
    }

    public void ended(String key, Instant at) {
        jdbc.sql("update signed_in_session set ended_at = ? where session_key = ? and ended_at is null")
                .params(timestamp(at), key).update();
    }
}
