package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database refuses bad accounts even if the Java checks were bypassed. Every refused row is otherwise valid and
 * has a username and e-mail of its own, so it is refused for the one reason the test names.
 */
@IntegrationTest
class AccountConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void a_patient_needs_a_therapist() {
        assertRefused(insert(UniqueNames.username("lonely"), null, "PATIENT", null));
    }

    @Test
    void only_patients_have_a_therapist() {
        assertRefused(insert(UniqueNames.username("someone"), null, "THERAPIST", data.therapist().id()));
    }

    @Test
    void a_patients_therapist_must_be_a_therapist_account() {
        assertRefused(insert(UniqueNames.username("someone"), null, "PATIENT",
                data.patientOf(data.therapist()).id()));
        assertRefused(insert(UniqueNames.username("someone"), null, "PATIENT", data.admin().id()));
    }

    @Test
    void usernames_and_emails_are_unique_and_well_formed() {
        var existing = data.therapist();

        assertRefused(insert(existing.username(), null, "THERAPIST", null));
        assertRefused(insert(UniqueNames.username("newbie"), existing.email().toUpperCase(Locale.ROOT), "THERAPIST",
                null));
        assertRefused(insert("Upper Case", null, "THERAPIST", null));
        assertRefused(insert(UniqueNames.username("newbie"), "no-at-sign", "THERAPIST", null));
    }

    @Test
    void an_unknown_role_is_refused() {
        assertRefused(insert(UniqueNames.username("odd"), null, "ROOT", null));
    }

    /** An account row; without an e-mail it gets one of its own. */
    private Runnable insert(String username, String email, String role, Long therapistId) {
        var address = email != null ? email : UniqueNames.username("mail") + "@example.org";
        return () -> jdbc.update("""
                insert into account (username, email, display_name, password_hash, role, therapist_id, created_at)
                values (?, ?, 'Someone', 'x', ?, ?, now())""", username, address, role, therapistId);
    }

    private void assertRefused(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOf(DataIntegrityViolationException.class);
    }
}
