package org.rehabit.notifications.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The devices people turned notifications on for; one row per push endpoint. */
@Repository
public class PushSubscriptions {

    private static final String COLUMNS = "id, account_id, endpoint, p256dh, auth, device, created_at";

    private final JdbcClient jdbc;

    PushSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the device for the account; an endpoint already known (the same browser, signed in by someone else
     * before) now belongs to this account, with the keys given.
     */
    public void save(long accountId, String endpoint, String p256dh, String auth, String device, Instant at) {
        jdbc.sql("""
                insert into push_subscription (account_id, endpoint, p256dh, auth, device, created_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (endpoint) do update set account_id = excluded.account_id, p256dh = excluded.p256dh,
                    auth = excluded.auth, device = excluded.device, created_at = excluded.created_at""")
                .params(accountId, endpoint, p256dh, auth, device, timestamp(at)).update();
    }

    public Optional<PushSubscription> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where id = ?").param(id)
                .query(PushSubscriptions::subscription).optional();
    }

    public List<PushSubscription> ofAccount(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where account_id = ? order by id")
                .param(accountId).query(PushSubscriptions::subscription).list();
    }

    /** The devices of all these accounts, in one statement. */
    public List<PushSubscription> ofAccounts(Collection<Long> accountIds) {
        return jdbc.sql("select " + COLUMNS + " from push_subscription where account_id = any(?) order by id")
                .param(accountIds.toArray(Long[]::new)).query(PushSubscriptions::subscription).list();
    }

    /** Forgets the account's oldest devices beyond the newest {@code keep}. */
    public void keepNewest(long accountId, int keep) {
        jdbc.sql(
                """
                delete from push_subscription where account_id = ? and id not in
                    (select id from push_subscription where account_id = ? order by created_at desc, id desc limit ?)""")
                .params(accountId, accountId, keep).update();
    }

    /** Removes the account's device with this endpoint; returns whether there was one. */
    public boolean delete(long accountId, String endpoint) {
        return jdbc.sql("delete from push_subscription where account_id = ? and endpoint = ?")
                .params(accountId, endpoint).update() == 1;
    }

    /** The push service said the device is gone. */
    public void delete(long id) {
        jdbc.sql("delete from push_subscription where id = ?").param(id).update();
    }

    private static PushSubscription subscription(ResultSet rs, int row) throws SQLException {
        return new PushSubscription(rs.getLong("id"), rs.getLong("account_id"), rs.getString("endpoint"),
                rs.getString("p256dh"), rs.getString("auth"), rs.getString("device"), instant(rs, "created_at"));
    }
}
