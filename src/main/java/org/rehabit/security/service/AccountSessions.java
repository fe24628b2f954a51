package org.rehabit.security.service;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.rehabit.base.service.DeviceName;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.service.SessionUse;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Role;
import org.rehabit.security.domain.SignedInSession;
import org.rehabit.security.domain.SignedInSessions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions accounts are signed in to, kept in the database so that ending one holds on every application node:
 * users see theirs and end the others; deactivating an account or resetting its password ends them all. Each HTTP
 * session keeps its row's key ({@link #KEY}); a request of an ended session goes to the sign-in page.
 */
@Service
@Transactional
public class AccountSessions {

    /** The HTTP session attribute with the session's key. */
    public static final String KEY = AccountSessions.class.getName() + ".key";
    /** The HTTP session attribute with the instant its user signed in. */
    public static final String SIGNED_IN_AT = AccountSessions.class.getName() + ".signedInAt";
    /** How often a session's last use is written; it is shown to the minute. */
    static final Duration USE_PRECISION = Duration.ofMinutes(1);

    /** One of the user's sessions, and whether it is the one they are looking from. */
    public record Line(SignedInSession session, boolean current) {
    }

    private final SignedInSessions sessions;
    private final SessionRegistry sessionRegistry;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration staffIdle;
    private final Duration patientIdle;
    private final Duration lifetime;

    AccountSessions(SignedInSessions sessions, SessionRegistry sessionRegistry, CurrentUser currentUser,
            AuditTrail audit, Clock clock, @Value("${rehabit.session.idle.staff:15m}") Duration staffIdle,
            @Value("${rehabit.session.idle.patient:30m}") Duration patientIdle,
            @Value("${rehabit.session.max-lifetime:12h}") Duration lifetime) {
        this.staffIdle = staffIdle;
        this.patientIdle = patientIdle;
        this.lifetime = lifetime;
        this.sessions = sessions;
        this.sessionRegistry = sessionRegistry;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account signed in on this request: its session gets a key and a row, ends after the role's idle time, and
     * its lifetime and idle time start now. A session someone else was signed in to before is ended first.
     */
    void opened(AccountPrincipal account, HttpServletRequest request) {
        var session = request.getSession();
        if (session.getAttribute(KEY) instanceof String earlier) {
            sessions.ended(earlier, clock.instant());
        }
        var key = UUID.randomUUID().toString();
        var now = clock.instant();
        sessions.open(account.accountId(), key, DeviceName.of(request.getHeader("User-Agent")),
                AuditTrail.address(request), now);
        session.setAttribute(KEY, key);
        session.setAttribute(SIGNED_IN_AT, now);
        session.setAttribute(SessionUse.LAST_USED, now);
        session.setMaxInactiveInterval((int) (account.role() == Role.PATIENT ? patientIdle : staffIdle).toSeconds());
    }

    /**
     * Whether the session was not ended elsewhere; a use (not a heartbeat) is written at most once a minute. For the
     * filter that checks every signed-in request.
     */
    public boolean stillOpen(String key, boolean used) {
        var lastUsed = sessions.lastUsed(key);
        var now = clock.instant();
        if (used && lastUsed.isPresent() && !now.isBefore(lastUsed.get().plus(USE_PRECISION))) {
            sessions.used(key, now);
        }
        return lastUsed.isPresent();
    }

    /** The signed-in user's open sessions, the most recently used first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Line> mine() {
        var current = currentKey();
        var currentId = current == null ? null : sessions.idOf(current).orElse(null);
        // a session whose node stopped is never ended by it: it is not shown once it would have timed out anyway
        var now = clock.instant();
        var idle = staffIdle.compareTo(patientIdle) > 0 ? staffIdle : patientIdle;
        return sessions.openOf(currentUser.require().accountId(), now.minus(idle).minus(USE_PRECISION),
                now.minus(lifetime)).stream()
                .map(session -> new Line(session, Long.valueOf(session.id()).equals(currentId))).toList();
    }

    /** Ends one of the signed-in user's own sessions; any other id is "not found". */
    @PreAuthorize("isAuthenticated()")
    public void end(long sessionId) {
        var me = currentUser.require();
        if (!sessions.end(me.accountId(), sessionId, clock.instant())) {
            throw new RecordNotFoundException("session", sessionId);
        }
        audit.record(AuditAction.ENDED_SESSION, null, "session " + sessionId);
    }

    /** Ends all the signed-in user's sessions but this one; returns how many. */
    @PreAuthorize("isAuthenticated()")
    public int endOthers() {
        var ended = sessions.endAll(currentUser.require().accountId(), currentKey(), clock.instant());
        audit.record(AuditAction.ENDED_SESSION, null, ended + " other sessions");
        return ended;
    }

    /** Ends every session of an account (deactivated, password reset), on this node at once, on others at their next request. */
    void endAll(long accountId) {
        sessions.endAll(accountId, null, clock.instant());
        sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AccountPrincipal account && account.accountId() == accountId)
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }

    /** Its user signs out: the session's row is ended. */
    public void signedOut(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(KEY) instanceof String key) {
            sessions.ended(key, clock.instant());
        }
    }

    /** A session timed out or was invalidated: its row is ended too. */
    @EventListener
    void onDestroyed(HttpSessionDestroyedEvent event) {
        if (event.getSession().getAttribute(KEY) instanceof String key) {
            sessions.ended(key, clock.instant());
        }
    }

    private static String currentKey() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getRequest().getSession(false) != null
                && request.getRequest().getSession(false).getAttribute(KEY) instanceof String key ? key : null;
    }
}
