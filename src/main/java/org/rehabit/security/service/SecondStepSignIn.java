package org.rehabit.security.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The second step of signing in. After the right password, an account with two-step sign-in (or a therapist or an
 * admin where it is required) is not signed in yet: the session only remembers whose password was right, for five
 * minutes, and the sign-in page asks for a code from the app, a recovery code, or (when required and not set up) the
 * setting up. Codes are counted against the account's sign-in limit like passwords.
 */
@Component
@Transactional
public class SecondStepSignIn {

    /** The session attribute naming the account whose password was right; while it is there, nobody is signed in. */
    public static final String PENDING = SecondStepSignIn.class.getName() + ".pending";
    static final Duration PATIENCE = Duration.ofMinutes(5);

    /** How a code was taken: signed in (and where to go now), wrong, or refused for a while after wrong ones. */
    public record Outcome(Optional<String> signedInTo, Optional<Duration> pausedFor) {

        static Outcome wrong() {
            return new Outcome(Optional.empty(), Optional.empty());
        }
    }

    record Pending(AccountPrincipal account, Instant since) implements Serializable {
    }

    private final Authenticator authenticator;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final AccountSessions sessions;
    private final SecurityContextHolderStrategy security;
    private final SecurityContextRepository contexts;
    private final Clock clock;
    private final boolean requiredForStaff;
    private final Duration staffIdle;
    private final Duration patientIdle;

    SecondStepSignIn(Authenticator authenticator, SignInThrottle throttle, AccountRepository accounts, AuditTrail audit,
            AccountSessions sessions,
            SecurityContextHolderStrategy security, SecurityContextRepository contexts, Clock clock,
            @Value("${rehabit.two-step.required-for-staff:false}") boolean requiredForStaff,
            @Value("${rehabit.session.idle.staff:15m}") Duration staffIdle,
            @Value("${rehabit.session.idle.patient:30m}") Duration patientIdle) {
        this.staffIdle = staffIdle;
        this.patientIdle = patientIdle;
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.accounts = accounts;
        this.audit = audit;
        this.sessions = sessions;
        this.security = security;
        this.contexts = contexts;
        this.clock = clock;
        this.requiredForStaff = requiredForStaff;
    }

    /** The password was right: sign in, or wait for the second step if the account has or needs one. */
    void passwordAccepted(AccountPrincipal account) {
        // a second step left unfinished earlier in this session is forgotten
        current().getSession().removeAttribute(PENDING);
        if (account.role() == Role.PATIENT || !(requiredForStaff || authenticator.enrolled(account.accountId()))) {
            signedIn(account, null);
            return;
        }
        current().getSession().setAttribute(PENDING, new Pending(account, clock.instant()));
    }

    /** Whether therapists and admins must set up two-step sign-in (the prod profile). */
    public boolean requiredForStaff() {
        return requiredForStaff;
    }

    /** Whose password was right a moment ago in this session, waiting for the second step. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> pending() {
        var session = current().getSession(false);
        return Optional.ofNullable(session == null ? null : session.getAttribute(PENDING))
                .filter(Pending.class::isInstance).map(Pending.class::cast)
                .filter(pending -> pending.since().plus(PATIENCE).isAfter(clock.instant())).map(Pending::account);
    }

    /** The pending account has no authenticator yet and must set one up now. */
    @Transactional(readOnly = true)
    public boolean mustSetUp() {
        return pending().map(account -> !authenticator.enrolled(account.accountId())).orElse(false);
    }

    @Transactional(readOnly = true)
    public TwoStep.Setup setup() {
        return authenticator.setup(required());
    }

    /** Sets up the pending account's authenticator and signs in; returns the recovery codes, shown only now. */
    public List<String> setUpAndSignIn(String secret, String code) {
        var account = required();
        var codes = authenticator.enroll(account, secret, code);
        signedIn(account, "two-step set up");
        return codes;
    }

    public Outcome withCode(String code) {
        return attempt(code, false);
    }

    public Outcome withRecoveryCode(String code) {
        return attempt(code, true);
    }

    /** Where the user goes once signed in: the view they asked for, or their home. */
    public String destination() {
        var request = current();
        var saved = new HttpSessionRequestCache().getRequest(request, response());
        return saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/";
    }

    private Outcome attempt(String code, boolean recovery) {
        var account = required();
        var admission = throttle.admitPasswordCheck(account.accountId());
        if (admission.refusedFor().isPresent()) {
            return new Outcome(Optional.empty(), admission.refusedFor());
        }
        var accepted = recovery ? authenticator.useRecoveryCode(account.accountId(), code)
                : authenticator.verify(account.accountId(), code);
        if (!accepted) {
            audit.recordAs(account.accountId(), account.role(), AuditAction.SIGN_IN_FAILED, null,
                    recovery ? "wrong recovery code" : "wrong code");
            return Outcome.wrong();
        }
        throttle.succeeded(account.accountId(), admission.attempts());
        if (recovery) {
            audit.recordAs(account.accountId(), account.role(), AuditAction.USED_RECOVERY_CODE, null, null);
        }
        signedIn(account, recovery ? "with a recovery code" : "with a code");
        return new Outcome(Optional.of(destination()), Optional.empty());
    }

    private AccountPrincipal required() {
        return pending().orElseThrow(() -> new IllegalStateException("No password was accepted in this session"));
    }

    /**
     * Signs the account in for good: its session now carries it and ends after the role's idle time, and the time
     * and the sign-in are recorded.
     */
    private void signedIn(AccountPrincipal account, String detail) {
        var request = current();
        var session = request.getSession();
        session.setMaxInactiveInterval((int) (account.role() == Role.PATIENT ? patientIdle : staffIdle).toSeconds());
        if (session.getAttribute(PENDING) != null) {
            session.removeAttribute(PENDING);
            var context = security.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
            security.setContext(context);
            contexts.saveContext(context, request, response());
        }
        sessions.opened(account, request);
        accounts.recordLogin(account.accountId(), clock.instant());
        audit.recordAs(account.accountId(), account.role(), AuditAction.SIGNED_IN, null, detail);
    }

    private static HttpServletRequest current() {
        return attributes().getRequest();
    }

    private static HttpServletResponse response() {
        return attributes().getResponse();
    }

    private static ServletRequestAttributes attributes() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes;
        }
        throw new IllegalStateException("Signing in happens in a web request");
    }
}
