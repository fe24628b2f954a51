package org.rehabit.security.service;

import java.time.Clock;
import org.rehabit.security.domain.Account;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts listed in the README, created on first start of a local (non-{@code prod}) run.
 * Never active in production: there the first admin is created from the command line (see README).
 */
@Component
@Profile("!prod")
@Order(0)
@Transactional
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "rehabit-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByUsername("admin")) {
            return;
        }
        var hash = passwordEncoder.encode(PASSWORD);
        create("admin", "Ada Admin", Role.ADMIN, null, hash);
        var therapist = create("therapist", "Theo Therapist", Role.THERAPIST, null, hash);
        var therapist2 = create("therapist2", "Tara Therapist", Role.THERAPIST, null, hash);
        create("patient", "Paula Patient", Role.PATIENT, therapist.getId(), hash);
        create("patient2", "Peter Patient", Role.PATIENT, therapist.getId(), hash);
        create("patient3", "Priya Patient", Role.PATIENT, therapist2.getId(), hash);
        create("patient4", "Pablo Patient", Role.PATIENT, therapist2.getId(), hash);
        // loud on purpose: a real clinic that forgot the prod profile must notice
        log.warn("""

                *****************************************************************************************
                  DEMO ACCOUNTS CREATED (admin, therapist, patient ...), all with the password '{}'.
                  Not for real patients: run with SPRING_PROFILES_ACTIVE=prod on a new database instead.
                *****************************************************************************************""",
                PASSWORD);
    }

    private Account create(String username, String displayName, Role role, Long therapistId, String hash) {
        return accounts.save(new Account(username, username + "@demo.rehabit.org", displayName, hash, role,
                therapistId, clock.instant()));
    }
}
