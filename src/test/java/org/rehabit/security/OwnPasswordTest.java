package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.OwnPassword;
import org.rehabit.security.service.OwnPassword.ChangeField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Users change their own password; after an admin reset they must. */
@IntegrationTest
@Transactional
class OwnPasswordTest {

    @Autowired
    OwnPassword password;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    TestAccount patient;

    @BeforeEach
    void signInAsAPatient() {
        patient = data.patientOf(data.therapist());
        data.signIn(patient);
    }

    @Test
    void the_current_password_is_needed_and_nothing_changes_without_it() {
        var before = hash();

        assertThatThrownBy(() -> password.change("not-my-password", "amber-willow-kettle"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ChangeField.CURRENT, Problem.of("password.current-wrong")));
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void the_new_password_must_pass_the_policy_and_differ_from_the_current_one() {
        assertThatThrownBy(() -> password.change(TestData.PASSWORD, "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ChangeField.NEW, Problem.of("validation.password.too-common")));
        assertThatThrownBy(() -> password.change(TestData.PASSWORD, TestData.PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ChangeField.NEW, Problem.of("password.same-as-current")));
    }

    @Test
    void an_admin_reset_makes_the_holder_choose_their_own_and_choosing_it_ends_that() {
        data.as(data.admin(), () -> {
            accounts.resetPassword(patient.id(), "temporary-harbour-7");
            return null;
        });
        assertThat(password.mustChange()).isTrue();

        password.change("temporary-harbour-7", "amber-willow-kettle");

        assertThat(password.mustChange()).isFalse();
        assertThatThrownBy(() -> password.change("temporary-harbour-7", "cedar-lantern-brook"))
                .as("the temporary password is gone").isInstanceOf(InvalidInputException.class);
        password.change("amber-willow-kettle", "cedar-lantern-brook");
    }

    @Test
    void wrong_current_passwords_pause_the_account_like_wrong_passwords_at_sign_in() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> password.change("wrong-guess", "amber-willow-kettle"))
                    .isInstanceOf(InvalidInputException.class);
        }

        assertThatThrownBy(() -> password.change(TestData.PASSWORD, "amber-willow-kettle"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ChangeField.CURRENT, Problem.of("password.paused", 1L)));
    }

    @Test
    void nobody_signed_in_changes_nothing() {
        data.signOut();

        assertThatThrownBy(() -> password.change(TestData.PASSWORD, "amber-willow-kettle"))
                .isInstanceOf(
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private String hash() {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, patient.id());
    }
}
