package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.rehabit.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The README's demo accounts exist locally, with the documented caseloads, and never in production. */
class DemoAccountsTest {

    @Nested
    @IntegrationTest
    class LocalRun {

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void the_demo_accounts_and_their_therapists_are_as_documented() {
            Map<String, String> therapistOf = jdbc.query("""
                    select a.username, a.role, t.username as therapist from account a
                    left join account t on t.id = a.therapist_id
                    where a.email like '%@demo.rehabit.org'
                    """, (row, i) -> Map.entry(row.getString("username"),
                    row.getString("role")
                            + (row.getString("therapist") == null ? "" : " of " + row.getString("therapist"))))
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

            assertThat(therapistOf).containsOnly(Map.entry("admin", "ADMIN"), Map.entry("therapist", "THERAPIST"),
                    Map.entry("therapist2", "THERAPIST"), Map.entry("patient", "PATIENT of therapist"),
                    Map.entry("patient2", "PATIENT of therapist"), Map.entry("patient3", "PATIENT of therapist2"),
                    Map.entry("patient4", "PATIENT of therapist2"));
        }
    }

    @Nested
    @SpringBootTest
    @ActiveProfiles("prod")
    @DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
            disabledReason = "needs an empty database of its own; an external test database already has demo accounts")
    class ProductionRun {

        @Autowired
        JdbcTemplate jdbc;

        @Test
        void no_demo_account_is_created() {
            assertThat(jdbc.queryForObject("select count(*) from account", Long.class)).isZero();
        }
    }
}
