package org.rehabit.security.service;

import java.time.Clock;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each account's last sign-in time, and tells the sign-in throttle of every failure and success. */
@Component
@Transactional
class LoginRecorder {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final Clock clock;

    LoginRecorder(AccountRepository accounts, SignInThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(account -> account.recordLogin(clock.instant()));
            throttle.succeeded(principal.accountId());
        }
    }

    /** A wrong password, an unknown name, a deactivated account: all count alike. */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(authentication.getName(), details.getRemoteAddress());
        }
    }
}
