package org.rehabit.security.service;

import java.time.Clock;
import org.rehabit.security.domain.Account;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin of a new installation from {@code REHABIT_INITIAL_ADMIN_*} settings, so a
 * production server (which gets no demo accounts) can be signed into. Does nothing once any admin exists.
 */
@Component
@Transactional
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final String username;
    private final String email;
    private final String password;

    InitialAdmin(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            Clock clock, @Value("${rehabit.initial-admin.username:}") String username,
            @Value("${rehabit.initial-admin.email:}") String email,
            @Value("${rehabit.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        this.email = email.strip();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || accounts.existsByRole(Role.ADMIN)) {
            return;
        }
        if (!Account.USERNAME_PATTERN.matcher(username).matches()) {
            throw new IllegalStateException("REHABIT_INITIAL_ADMIN_USERNAME must be 3-50 lower-case letters, digits, "
                    + "dots, dashes or underscores");
        }
        if (!Account.EMAIL_PATTERN.matcher(email).matches()) {
            throw new IllegalStateException("REHABIT_INITIAL_ADMIN_EMAIL must be an e-mail address");
        }
        passwordPolicy.problem(password, username).ifPresent(problem -> {
            throw new IllegalStateException("REHABIT_INITIAL_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        accounts.save(new Account(username, email, "Administrator", passwordEncoder.encode(password), Role.ADMIN,
                null, clock.instant()));
        log.info("Created the initial admin account '{}'", username);
    }
}
