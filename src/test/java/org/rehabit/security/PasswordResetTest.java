package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.PasswordResets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * "Forgot password": a link by e-mail for a username or an address, the same silence for names nobody has, one use,
 * 30 minutes, a newer link replaces the older, a few requests an hour, and every session ended by the reset.
 */
@IntegrationTest
class PasswordResetTest {

    static final Pattern LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");
    static final String NEW_PASSWORD = "a-new-password-9";

    @Autowired
    PasswordResets resets;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    TestAccount patient;
    String address;

    @BeforeEach
    void aPatient() {
        patient = data.patientOf(data.therapist());
        address = "198.51.100." + (patient.id() % 250);
        data.signOut();
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_link_by_username_sets_a_new_password_once_and_ends_every_session() {
        jdbc.update("""
                insert into signed_in_session (account_id, session_key, device, signed_in_at, last_used_at)
                values (?, 'reset-test-' || ?, 'Phone', now(), now())""", patient.id(), patient.id());

        resets.request(patient.username(), address);
        var token = tokenFromMail();

        assertThat(resets.check(token).username()).isEqualTo(patient.username());
        assertThat(resets.reset(token, NEW_PASSWORD)).isEqualTo(InvitationState.VALID);

        assertThat(encoder.matches(NEW_PASSWORD, passwordHash())).isTrue();
        assertThat(resets.reset(token, "yet-another-password-1")).isEqualTo(InvitationState.USED);
        assertThat(encoder.matches(NEW_PASSWORD, passwordHash())).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from signed_in_session where account_id = ? "
                + "and ended_at is null", Long.class, patient.id())).isZero();
        assertThat(jdbc.queryForList("select action from audit_event where actor_id = ? order by id", String.class,
                patient.id())).containsSubsequence("REQUESTED_PASSWORD_RESET", "RESET_OWN_PASSWORD");
    }

    @Test
    void the_mail_goes_to_the_accounts_address_also_when_asked_by_address_in_other_letters() {
        resets.request(" " + patient.email().toUpperCase() + " ", address);

        assertThat(jdbc.queryForList("select address from outbox_message where recipient_id = ? and kind = ?",
                String.class, patient.id(), "PASSWORD_RESET")).containsExactly(patient.email());
        assertThat(mailText()).contains("Choose a new password", "30 minutes", "If you did not ask for this");
    }

    @Test
    void names_nobody_has_and_deactivated_accounts_get_no_mail() {
        jdbc.update("update account set enabled = false where id = ?", patient.id());

        resets.request(patient.username(), address);
        resets.request("nobody-" + patient.username(), address);

        assertThat(mails()).isEmpty();
    }

    @Test
    void a_newer_link_replaces_the_older_and_an_old_one_expires() {
        resets.request(patient.username(), address);
        var first = tokenFromMail();
        resets.request(patient.username(), address);

        assertThat(resets.reset(first, NEW_PASSWORD)).isEqualTo(InvitationState.REPLACED);

        jdbc.update("""
                update password_reset_link set created_at = created_at - interval '31 minutes',
                       expires_at = expires_at - interval '31 minutes'
                where account_id = ? and revoked_at is null""", patient.id());
        var second = tokens().getLast();
        assertThat(resets.reset(second, NEW_PASSWORD)).isEqualTo(InvitationState.EXPIRED);
        assertThat(encoder.matches(NEW_PASSWORD, passwordHash())).isFalse();
    }

    @Test
    void a_weak_password_is_refused_and_the_link_still_works() {
        resets.request(patient.username(), address);
        var token = tokenFromMail();

        assertThatThrownBy(() -> resets.reset(token, "short")).isInstanceOf(InvalidInputException.class);

        assertThat(resets.reset(token, NEW_PASSWORD)).isEqualTo(InvitationState.VALID);
    }

    @Test
    void at_most_three_mails_an_hour_for_one_name() {
        for (int i = 0; i < 5; i++) {
            resets.request(patient.username(), address);
        }

        assertThat(mails()).hasSize(3);
    }

    @Test
    void unknown_tokens_are_not_valid() {
        assertThat(resets.check("no-such-token").state()).isEqualTo(InvitationState.UNKNOWN);
        assertThat(resets.reset("no-such-token", NEW_PASSWORD)).isEqualTo(InvitationState.UNKNOWN);
    }

    private String passwordHash() {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, patient.id());
    }

    private List<String> mails() {
        return jdbc.queryForList("select body_text from outbox_message where recipient_id = ? and kind = ? order by id",
                String.class, patient.id(), "PASSWORD_RESET");
    }

    private String mailText() {
        return mails().getLast();
    }

    private List<String> tokens() {
        return mails().stream().map(text -> {
            var link = LINK.matcher(text);
            assertThat(link.find()).as(text).isTrue();
            return link.group(1);
        }).toList();
    }

    private String tokenFromMail() {
        return tokens().getLast();
    }
}
