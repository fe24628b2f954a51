package org.rehabit.security.service;

import java.time.Clock;
import java.util.List;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Keeps each account's last sign-in time, and tells the sign-in throttle that the attempt it counted signed in.
 * Failures need nothing: the throttle counted the attempt before its password was checked.
 */
@Component
@Transactional
class LoginRecorder {

    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    LoginRecorder(AccountRepository accounts, SignInThrottle throttle, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordLogin(principal.accountId(), clock.instant());
            throttle.succeeded(principal.accountId(), attempts());
            audit.recordAs(principal.accountId(), principal.role(), AuditAction.SIGNED_IN, null, null);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        audit.record(AuditAction.SIGN_IN_FAILED, null, "as " + event.getAuthentication().getName());
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            audit.recordAs(principal.accountId(), principal.role(), AuditAction.SIGNED_OUT, null, null);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Long> attempts() {
        var request = RequestContextHolder.getRequestAttributes();
        var ids = request == null ? null
                : request.getAttribute(SignInThrottle.ATTEMPTS, RequestAttributes.SCOPE_REQUEST);
        return ids instanceof List<?> list ? (List<Long>) list : List.of();
    }
}
