package org.rehabit.security.service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rehabit.base.service.InvalidInputException;
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
 * Signing in, once the password was right. An account with two-step sign-in (or a therapist or an admin where it is
 * required) is not signed in yet: the session only remembers whose password was right, for ten minutes, and the
 * sign-in page asks for a code from the app, a recovery code, or (when required and not set up) the setting up. The
 * account's failed attempts are forgotten only once it is signed in, so wrong codes add up like wrong passwords
 * however often the password is entered again. Before signing in, the account is read again: one deactivated, or
 * whose password changed, meanwhile is not signed in.
 */
@Component
@Transactional
public class SecondStepSignIn {

    /** The session attribute naming the account whose password was right; while it is there, nobody is signed in. */
    public static final String PENDING = SecondStepSignIn.class.getName() + ".pending";
    static final Duration PATIENCE = Duration.ofMinutes(10);

    /** How a code was taken: signed in (and where to go now), wrong, or refused for a while after wrong ones. */
    public record Outcome(Optional<String> signedInTo, Optional<Duration> pausedFor) {

        static Outcome wrong() {
            return new Outcome(Optional.empty(), Optional.empty());
        }
    }

    /**
     * The account, when its password was right, a digest of that password's hash, and the secret offered to set up,
     * if any.
     */
    record Pending(AccountPrincipal account, Instant since, String passwordHash, String secret)
            implements
                Serializable {
    }

    private final Authenticator authenticator;
    private final SignInThrottle throttle;
    private final AccountRepository accounts;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final SecurityContextHolderStrategy security;
    private final SecurityContextRepository contexts;
    private final Clock clock;
    private final boolean requiredForStaff;

    SecondStepSignIn(Authenticator authenticator, SignInThrottle throttle, AccountRepository accounts,
            AccountSessions sessions, AuditTrail audit, SecurityContextHolderStrategy security,
            SecurityContextRepository contexts, Clock clock,
            @Value("${rehabit.two-step.required-for-staff:false}") boolean requiredForStaff) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.security = security;
        this.contexts = contexts;
        this.clock = clock;
        this.requiredForStaff = requiredForStaff;
    }

    /**
     * The password was right ({@code attempts}: the sign-in limit's records of this attempt): sign in, or wait for
     * the second step if the account has or needs one.
     */
    void passwordAccepted(AccountPrincipal account, List<Long> attempts) {
        var session = current().getSession();
        // a second step left unfinished earlier in this session is forgotten
        session.removeAttribute(PENDING);
        if (account.role() == Role.PATIENT || !(requiredForStaff || authenticator.enrolled(account.accountId()))) {
            throttle.succeeded(account.accountId(), attempts);
            signedIn(account, null);
            return;
        }
        // the password was no failure; the account's earlier failures (wrong codes too) still count
        throttle.forget(attempts);
        session.setAttribute(PENDING, new Pending(account, clock.instant(), passwordHash(account), null));
    }

    /** Whether therapists and admins must set up two-step sign-in (the prod profile). */
    public boolean requiredForStaff() {
        return requiredForStaff;
    }

    /** Whose password was right a moment ago in this session, waiting for the second step. */
    @Transactional(readOnly = true)
    public Optional<AccountPrincipal> pending() {
        return waiting().map(Pending::account);
    }

    /** The pending account has no authenticator yet and must set one up now. */
    @Transactional(readOnly = true)
    public boolean mustSetUp() {
        return pending().map(account -> !authenticator.enrolled(account.accountId())).orElse(false);
    }

    /** A secret for the pending account to set up; kept with it in the session until a code confirms it. */
    public TwoStep.Setup setup() {
        var pending = required();
        var setup = authenticator.setup(pending.account());
        current().getSession().setAttribute(PENDING,
                new Pending(pending.account(), pending.since(), pending.passwordHash(), setup.secret()));
        return setup;
    }

    /**
     * Sets up the pending account's authenticator with the secret {@link #setup} offered it, and signs in; returns
     * the recovery codes, shown only now.
     */
    public List<String> setUpAndSignIn(String code) {
        var pending = required();
        if (pending.secret() == null || authenticator.enrolled(pending.account().accountId())) {
            throw InvalidInputException.of(TwoStep.Field.CODE, "two-step.expired");
        }
        var codes = authenticator.enroll(pending.account(), pending.secret(), code);
        throttle.succeeded(pending.account().accountId(), List.of());
        signedIn(pending, "two-step set up");
        return codes;
    }

    public Outcome withCode(String code) {
        return attempt(code, false);
    }

    public Outcome withRecoveryCode(String code) {
        return attempt(code, true);
    }

    /** Gives up the second step: the sign-in page asks for a username and password again. */
    public void cancel() {
        var session = current().getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
    }

    /** Where the user goes once signed in: the view they asked for, or their home. */
    public String destination() {
        var request = current();
        var saved = new HttpSessionRequestCache().getRequest(request, response());
        return saved != null ? saved.getRedirectUrl() : request.getContextPath() + "/";
    }

    private Outcome attempt(String code, boolean recovery) {
        var pending = required();
        var account = pending.account();
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
        signedIn(pending, recovery ? "with a recovery code" : "with a code");
        return new Outcome(Optional.of(destination()), Optional.empty());
    }

    private Optional<Pending> waiting() {
        var session = current().getSession(false);
        return Optional.ofNullable(session == null ? null : session.getAttribute(PENDING))
                .filter(Pending.class::isInstance).map(Pending.class::cast)
                .filter(pending -> pending.since().plus(PATIENCE).isAfter(clock.instant()));
    }

    /** @throws InvalidInputException when the wait is over (too long, or signed in or out meanwhile) */
    private Pending required() {
        return waiting().orElseThrow(() -> InvalidInputException.of(TwoStep.Field.CODE, "two-step.expired"));
    }

    /**
     * Completes a second step: only if the account is still active with the password that was typed (an admin may
     * have deactivated it or reset its password meanwhile, on any node). The session gets a new id, as at any
     * sign-in.
     */
    private void signedIn(Pending pending, String detail) {
        var request = current();
        request.getSession().removeAttribute(PENDING);
        var account = accounts.findById(pending.account().accountId()).filter(found -> found.isEnabled())
                .filter(found -> Objects.equals(digest(found.getPasswordHash()), pending.passwordHash()));
        if (account.isEmpty()) {
            throw InvalidInputException.of(TwoStep.Field.CODE, "two-step.expired");
        }
        request.changeSessionId();
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(pending.account(), null,
                pending.account().getAuthorities()));
        security.setContext(context);
        contexts.saveContext(context, request, response());
        signedIn(pending.account(), detail);
    }

    /** The account is signed in on this request: its session is listed, the time and the sign-in recorded. */
    private void signedIn(AccountPrincipal account, String detail) {
        sessions.opened(account, current());
        accounts.recordLogin(account.accountId(), clock.instant());
        audit.recordAs(account.accountId(), account.role(), AuditAction.SIGNED_IN, null, detail);
    }

    /** A digest of the account's password hash: enough to see it change, and no hash kept in the session. */
    private String passwordHash(AccountPrincipal account) {
        return accounts.findById(account.accountId()).map(found -> digest(found.getPasswordHash())).orElse(null);
    }

    private static String digest(String passwordHash) {
        return passwordHash == null ? null : OneTimeTokens.hash(passwordHash);
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
