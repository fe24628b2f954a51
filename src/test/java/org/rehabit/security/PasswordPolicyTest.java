package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rehabit.base.service.Problem;
import org.rehabit.security.service.PasswordPolicy;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_uncommon_password_passes() {
        assertThat(policy.problem("maple-river-lantern", "nora")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_few_and_twelve_are_enough() {
        assertThat(policy.problem("kx7-plum-tr", "nora"))
                .contains(Problem.of("validation.password.too-short", PasswordPolicy.MIN_LENGTH));
        assertThat(policy.problem("kx7-plum-tre", "nora")).isEmpty();
    }

    @Test
    void more_than_bcrypts_72_bytes_is_refused() {
        assertThat(policy.problem("ab-".repeat(25), "nora"))
                .contains(Problem.of("validation.password.too-long", PasswordPolicy.MAX_BYTES));
        assertThat(policy.problem("é".repeat(37), "nora"))
                .contains(Problem.of("validation.password.too-long", PasswordPolicy.MAX_BYTES));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234!", "123456789012", "qwertyuiopas", "aaaaaaaaaaaa",
            "!!iloveyou2024", "abcdefghijklm", "Physiotherapy"})
    void common_and_patterned_passwords_are_refused(String password) {
        assertThat(policy.problem(password, "nora")).contains(Problem.of("validation.password.too-common"));
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        assertThat(policy.problem("xx-noralee-2024", "noralee"))
                .contains(Problem.of("validation.password.contains-username"));
    }

    @Test
    void an_empty_password_is_missing() {
        assertThat(policy.problem("", "nora")).contains(Problem.of("validation.required"));
        assertThat(policy.problem(null, "nora")).contains(Problem.of("validation.required"));
    }

    @Test
    void a_password_from_deep_in_the_leaked_list_is_refused() {
        // number 20,527 of the 30,000 most common leaked passwords
        assertThat(policy.problem("temppassword", "nora")).contains(Problem.of("validation.password.too-common"));
        assertThat(policy.problem("nhfdvfnjkju123", "nora")).contains(Problem.of("validation.password.too-common"));
    }
}
