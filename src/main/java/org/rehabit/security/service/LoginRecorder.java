package org.rehabit.security.service;

import java.util.List;
import org.rehabit.security.AccountPrincipal;
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
 * After the right password: tells the sign-in throttle that the attempt it counted was no failure, and signs in or
 * waits for the second step ({@link SecondStepSignIn}). Failures and signing out are audited; the throttle counted
 * each attempt before its password was checked.
 */
@Component
@Transactional
class LoginRecorder {

    private final SignInThrottle throttle;
    private final SecondStepSignIn secondStep;
    private final AuditTrail audit;

    LoginRecorder(SignInThrottle throttle, SecondStepSignIn secondStep, AuditTrail audit) {
        this.throttle = throttle;
        this.secondStep = secondStep;
        this.audit = audit;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            throttle.succeeded(principal.accountId(), attempts());
            secondStep.passwordAccepted(principal);
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
