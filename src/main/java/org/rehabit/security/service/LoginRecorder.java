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
 * After the right password: signs in or waits for the second step ({@link SecondStepSignIn}), handing over the sign-in
 * limit's records of the attempt. Failures and signing out are audited; the limit counted each attempt before its
 * password was checked.
 */
@Component
@Transactional
class LoginRecorder {

    private final SecondStepSignIn secondStep;
    private final AuditTrail audit;

    LoginRecorder(SecondStepSignIn secondStep, AuditTrail audit) {
        this.secondStep = secondStep;
        this.audit = audit;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            secondStep.passwordAccepted(principal, attempts());
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
