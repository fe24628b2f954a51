package org.rehabit.notifications.domain;

import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal's one VAPID key pair, as Base64 X.509 (public) and PKCS #8 (private). */
@Repository
public class VapidKeyStore {

    /** A key pair as stored. */
    public record StoredKeys(String publicKey, String privateKey) {
    }

    private final JdbcClient jdbc;

    VapidKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredKeys> find() {
        return jdbc.sql("select public_key, private_key from vapid_key")
                .query((rs, n) -> new StoredKeys(rs.getString("public_key"), rs.getString("private_key")))
                .optional();
    }

    /** Keeps the pair unless one is kept already (another node was first); returns the pair that is kept. */
    public StoredKeys keepFirst(StoredKeys generated, Instant at) {
        jdbc.sql("""
                insert into vapid_key (public_key, private_key, created_at) values (?, ?, ?)
                on conflict (id) do nothing""").params(generated.publicKey(), generated.privateKey(), timestamp(at))
                .update();
        return find().orElseThrow();
    }
}
