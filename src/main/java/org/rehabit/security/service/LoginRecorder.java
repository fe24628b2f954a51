package org.rehabit.security.service;

import java.time.Clock;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each account's last sign-in time. */
@Component
@Transactional
class LoginRecorder {

    private final AccountRepository accounts;
    private final Clock clock;

    LoginRecorder(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(account -> account.recordLogin(clock.instant()));
        }
    }
}
