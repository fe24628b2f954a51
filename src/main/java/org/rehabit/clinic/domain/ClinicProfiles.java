package org.rehabit.clinic.domain;

import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one clinic profile row. */
@Repository
public class ClinicProfiles {

    private final JdbcClient jdbc;

    ClinicProfiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClinicProfile> find() {
        return jdbc.sql("select name, phone, email, opening_hours from clinic_profile")
                .query((rs, n) -> new ClinicProfile(rs.getString("name"), rs.getString("phone"),
                        rs.getString("email"), rs.getString("opening_hours")))
                .optional();
    }

    public void save(ClinicProfile profile, long by, Instant at) {
        jdbc.sql("""
                insert into clinic_profile (name, phone, email, opening_hours, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set name = excluded.name, phone = excluded.phone, email = excluded.email,
                    opening_hours = excluded.opening_hours, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .params(profile.name(), profile.phone(), profile.email(), profile.openingHours(), by, timestamp(at))
                .update();
    }
}
