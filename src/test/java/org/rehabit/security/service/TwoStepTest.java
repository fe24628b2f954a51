package org.rehabit.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.security.AuthenticatorApp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Setting up an authenticator app, its codes (each once), recovery codes (each once) and an admin's reset. */
@IntegrationTest
class TwoStepTest {

    @Autowired
    TwoStep twoStep;
    @Autowired
    Authenticator authenticator;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestAccount therapist;

    @BeforeEach
    void signInAsATherapist() {
        therapist = data.therapist();
        data.signIn(therapist);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_app_is_set_up_with_a_code_it_shows_and_ten_recovery_codes_come_back_once() {
        var setup = twoStep.newSetup();
        assertThat(setup.uri()).startsWith("otpauth://totp/Rehabit%3A" + therapist.username() + "?secret="
                + setup.secret() + "&issuer=Rehabit");
        assertThat(twoStep.enrolledAt()).isEmpty();

        var codes = twoStep.enroll(setup.secret(), AuthenticatorApp.code(setup.secret(), clock.instant()), null);

        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(twoStep.enrolledAt()).isPresent();
        assertThat(twoStep.recoveryCodesLeft()).isEqualTo(10);
        assertThat(jdbc.queryForList("select code_hash from recovery_code where account_id = ?", String.class,
                therapist.id())).hasSize(10).doesNotContainAnyElementsOf(codes);
    }

    @Test
    void a_wrong_code_sets_nothing_up() {
        var setup = twoStep.newSetup();

        for (var wrong : new String[] {"000000", "12345", "abcdef", "", null,
                AuthenticatorApp.code(setup.secret(), clock.instant().minus(Duration.ofMinutes(2)))}) {
            assertThatThrownBy(() -> twoStep.enroll(setup.secret(), wrong, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsEntry(TwoStep.Field.CODE, Problem.of("two-step.code-wrong")));
        }
        assertThat(twoStep.enrolledAt()).isEmpty();
    }

    @Test
    void each_code_signs_in_once_and_the_neighbouring_steps_are_accepted_for_clocks_that_drift() {
        var setup = twoStep.newSetup();
        twoStep.enroll(setup.secret(), AuthenticatorApp.code(setup.secret(), clock.instant().minusSeconds(30)), null);
        var now = AuthenticatorApp.code(setup.secret(), clock.instant());

        assertThat(authenticator.verify(therapist.id(), now)).isTrue();
        assertThat(authenticator.verify(therapist.id(), now)).as("the same code again").isFalse();
        assertThat(authenticator.verify(therapist.id(),
                AuthenticatorApp.code(setup.secret(), clock.instant().plusSeconds(30))))
                .isTrue();
        assertThat(authenticator.verify(therapist.id(),
                AuthenticatorApp.code(setup.secret(), clock.instant().plusSeconds(120))))
                .as("four steps ahead").isFalse();
    }

    @Test
    void a_recovery_code_works_once_whatever_its_case_and_dash() {
        var setup = twoStep.newSetup();
        var codes = twoStep.enroll(setup.secret(), AuthenticatorApp.code(setup.secret(), clock.instant()), null);

        assertThat(authenticator.useRecoveryCode(therapist.id(), codes.get(3).toUpperCase().replace("-", " ")))
                .isTrue();
        assertThat(authenticator.useRecoveryCode(therapist.id(), codes.get(3))).isFalse();
        assertThat(authenticator.useRecoveryCode(data.therapist().id(), codes.get(4))).as("another account's")
                .isFalse();
        assertThat(twoStep.recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void an_admin_resets_it_and_that_is_audited_but_nobody_else_may() {
        var setup = twoStep.newSetup();
        twoStep.enroll(setup.secret(), AuthenticatorApp.code(setup.secret(), clock.instant()), null);
        var someone = data.therapist();
        assertThatThrownBy(() -> twoStep.reset(someone.id())).isInstanceOf(AuthorizationDeniedException.class);

        var admin = data.admin();
        data.as(admin, () -> {
            twoStep.reset(therapist.id());
            return null;
        });

        assertThat(twoStep.enrolledAt()).isEmpty();
        assertThat(twoStep.recoveryCodesLeft()).isZero();
        assertThat(jdbc.queryForObject("select actor_id from audit_event where action = 'RESET_TWO_STEP' "
                + "and detail like ? order by id desc limit 1", Long.class, "account " + therapist.id() + " %"))
                .isEqualTo(admin.id());
    }

    @Test
    void moving_it_to_a_new_phone_needs_the_password() {
        var first = twoStep.newSetup();
        twoStep.enroll(first.secret(), AuthenticatorApp.code(first.secret(), clock.instant()), null);
        var second = twoStep.newSetup();
        var code = AuthenticatorApp.code(second.secret(), clock.instant());

        assertThatThrownBy(() -> twoStep.enroll(second.secret(), code, "not-my-password"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(TwoStep.Field.PASSWORD, Problem.of("password.current-wrong")));
        assertThat(twoStep.enroll(second.secret(), code, TestData.PASSWORD)).hasSize(10);
    }

    @Test
    void patients_do_not_set_it_up() {
        data.signIn(data.patientOf(therapist));

        assertThatThrownBy(() -> twoStep.newSetup()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
