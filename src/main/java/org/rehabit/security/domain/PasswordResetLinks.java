package org.rehabit.security.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.instantOrNull;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "Forgot password" links: at most one open per account, found by the hash of their token. */
@Repository
public class PasswordResetLinks {

    /** A link as stored; used and revoked may be null. */
    public record Link(long id, long accountId, Instant expiresAt, Instant usedAt, Instant revokedAt) {

        public InvitationState stateAt(Instant now) {
            return InvitationState.of(usedAt, revokedAt, expiresAt, now);
        }
    }

    private final JdbcClient jdbc;

    PasswordResetLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link for the account; an open one it had is replaced. Returns the new link's id. */
    public long replace(long accountId, String tokenHash, Instant at, Instant expiresAt) {
        jdbc.sql("""
                update password_reset_link set revoked_at = ?
                where account_id = ? and used_at is null and revoked_at is null""")
                .params(timestamp(at), accountId).update();
        return jdbc.sql("""
                insert into password_reset_link (account_id, token_hash, created_at, expires_at)
                values (?, ?, ?, ?) returning id""")
                .params(accountId, tokenHash, timestamp(at), timestamp(expiresAt)).query(Long.class).single();
    }

    public Optional<Link> find(String tokenHash) {
        return select("", tokenHash);
    }

    /** The link with this token hash, locked until the transaction ends (two tabs cannot both use it). */
    public Optional<Link> lock(String tokenHash) {
        return select(" for update", tokenHash);
    }

    private Optional<Link> select(String lock, String tokenHash) {
        return jdbc.sql("""
                select id, account_id, expires_at, used_at, revoked_at from password_reset_link
                where token_hash = ?""" + lock).param(tokenHash)
                .query((rs, n) -> new Link(rs.getLong("id"), rs.getLong("account_id"), instant(rs, "expires_at"),
                        instantOrNull(rs, "used_at"), instantOrNull(rs, "revoked_at")))
                .optional();
    }

    public void use(long id, Instant at) {
        jdbc.sql("update password_reset_link set used_at = ? where id = ?").params(timestamp(at), id).update();
    }
}
