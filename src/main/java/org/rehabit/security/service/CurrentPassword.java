package org.rehabit.security.service;

import java.util.Optional;
import org.rehabit.base.service.Problem;
import org.rehabit.security.domain.Account;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Asks a signed-in user for their password again before a change that would let a stolen session keep the account
 * (a new password, two-step sign-in on another phone). Wrong guesses count against the account like wrong passwords
 * at sign-in.
 */
@Component
class CurrentPassword {

    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;

    CurrentPassword(SignInThrottle throttle, PasswordEncoder passwordEncoder) {
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
    }

    /** Why the password is not accepted (wrong, or paused after wrong ones), or empty if it is the account's. */
    Optional<Problem> problem(Account account, String password) {
        var admission = throttle.admitPasswordCheck(account.getId());
        if (admission.refusedFor().isPresent()) {
            return Optional.of(Problem.of("password.paused",
                    Math.max(1, (admission.refusedFor().get().toSeconds() + 59) / 60)));
        }
        if (password == null || !passwordEncoder.matches(password, account.getPasswordHash())) {
            return Optional.of(Problem.of("password.current-wrong"));
        }
        throttle.succeeded(account.getId(), admission.attempts());
        return Optional.empty();
    }
}
