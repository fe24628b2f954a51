package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database refuses bad accounts even if the Java checks were bypassed. */
@IntegrationTest
class AccountConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_patient_needs_a_therapist() {
        assertRefused("insert into account (username, email, display_name, password_hash, role, created_at) "
                + "values ('lonely', 'lonely@example.org', 'Lonely', 'x', 'PATIENT', now())");
    }

    @Test
    void only_patients_have_a_therapist() {
        assertRefused(insertWithTherapist("THERAPIST", "therapist2"));
    }

    @Test
    void a_patients_therapist_must_be_a_therapist_account() {
        assertRefused(insertWithTherapist("PATIENT", "patient"));
        assertRefused(insertWithTherapist("PATIENT", "admin"));
    }

    @Test
    void usernames_and_emails_are_unique_and_well_formed() {
        assertRefused(insert("therapist", "new@example.org"));
        assertRefused(insert("newbie", "Therapist@Demo.Rehabit.org"));
        assertRefused(insert("Upper Case", "upper@example.org"));
        assertRefused(insert("newbie", "no-at-sign"));
    }

    @Test
    void an_unknown_role_is_refused() {
        assertRefused("insert into account (username, email, display_name, password_hash, role, created_at) "
                + "values ('odd', 'odd@example.org', 'Odd', 'x', 'ROOT', now())");
    }

    private String insert(String username, String email) {
        return "insert into account (username, email, display_name, password_hash, role, created_at) values ('"
                + username + "', '" + email + "', 'Someone', 'x', 'THERAPIST', now())";
    }

    private String insertWithTherapist(String role, String therapistUsername) {
        return "insert into account (username, email, display_name, password_hash, role, therapist_id, created_at) "
                + "values ('someone', 'someone@example.org', 'Someone', 'x', '" + role + "', "
                + "(select id from account where username = '" + therapistUsername + "'), now())";
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> jdbc.update(sql)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
