package org.rehabit.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.security.domain.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** A new production installation gets its first admin from settings, checked like any other account. */
@IntegrationTest
@Transactional
class InitialAdminTest {

    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Admins other tests left behind may be referenced (an exercise they created), so they are not deleted but made
     * therapists, until the test's transaction is rolled back.
     */
    @BeforeEach
    void noAdminYet() {
        jdbc.update("update account set role = 'THERAPIST' where role = 'ADMIN'");
    }

    @Test
    void the_first_admin_is_created_once() {
        initialAdmin("boss", "boss@clinic.example", "quiet-harbour-lamp").run(null);
        initialAdmin("second", "second@clinic.example", "quiet-harbour-lamp").run(null);

        assertThat(jdbc.queryForList("select username from account where role = 'ADMIN'", String.class))
                .containsExactly("boss");
    }

    @Test
    void bad_settings_stop_the_start_with_a_clear_reason() {
        assertThatThrownBy(() -> initialAdmin("boss", "not-an-email", "quiet-harbour-lamp").run(null))
                .hasMessageContaining("REHABIT_INITIAL_ADMIN_EMAIL");
        assertThatThrownBy(() -> initialAdmin("boss", "boss@clinic.example", "password1234").run(null))
                .hasMessageContaining("REHABIT_INITIAL_ADMIN_PASSWORD");
        assertThat(accounts.existsByRole(org.rehabit.security.domain.Role.ADMIN)).isFalse();
    }

    private InitialAdmin initialAdmin(String username, String email, String password) {
        return new InitialAdmin(accounts, encoder, policy, clock, username, email, password);
    }
}
