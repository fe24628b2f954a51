package org.rehabit.security.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each account's authenticator secret, the last code step used, and its recovery codes (hashed). */
@Repository
public class TwoStepCredentials {

    private final JdbcClient jdbc;

    TwoStepCredentials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> secret(long accountId) {
        return jdbc.sql("select secret from two_step where account_id = ?").param(accountId).query(String.class)
                .optional();
    }

    public Optional<Instant> enrolledAt(long accountId) {
        return jdbc.sql("select enrolled_at from two_step where account_id = ?").param(accountId)
                .query((rs, row) -> instant(rs, "enrolled_at")).optional();
    }

    /** A new secret, replacing any earlier one and its recovery codes. */
    public void enroll(long accountId, String secret, Instant at, List<String> recoveryCodeHashes) {
        remove(accountId);
        jdbc.sql("insert into two_step (account_id, secret, enrolled_at) values (?, ?, ?)")
                .params(accountId, secret, timestamp(at)).update();
        for (var hash : recoveryCodeHashes) {
            jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)").params(accountId, hash)
                    .update();
        }
    }

    /** Uses the step's code, unless that step or a later one was used already (a code works once). */
    public boolean useStep(long accountId, long step) {
        return jdbc.sql("""
                update two_step set last_step = :step
                where account_id = :account and (last_step is null or last_step < :step)""")
                .param("step", step).param("account", accountId).update() == 1;
    }

    /** Uses a recovery code, if it is one of the account's and still unused. */
    public boolean useRecoveryCode(long accountId, String codeHash, Instant at) {
        return jdbc.sql("""
                update recovery_code set used_at = :at
                where account_id = :account and code_hash = :hash and used_at is null""")
                .param("at", timestamp(at)).param("account", accountId).param("hash", codeHash).update() == 1;
    }

    public int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
                .param(accountId).query(Integer.class).single();
    }

    public void remove(long accountId) {
        jdbc.sql("delete from recovery_code where account_id = ?").param(accountId).update();
        jdbc.sql("delete from two_step where account_id = ?").param(accountId).update();
    }
}
