package org.rehabit.security;

import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.rehabit.base.service.SessionUse;
import org.rehabit.security.service.AccountSessions;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that was ended elsewhere (by its user from another device, or by an admin, on any
 * node), or that was idle for longer than its idle time (the session's timeout, set per role at
 * sign-in), even with a tab open: Vaadin's heartbeats keep the servlet session alive but are not use. It also ends
 * a session older than its absolute lifetime, however active: an open tab cannot outlast a working day. The clock
 * decides both, so they are tested without waiting.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    private final Clock clock;
    private final Duration lifetime;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;

    SessionLimitsFilter(Clock clock, Duration lifetime, CurrentUser currentUser, AccountSessions sessions) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && currentUser.get().isPresent()) {
            var now = clock.instant();
            var signedInAt = session.getAttribute(AccountSessions.SIGNED_IN_AT) instanceof Instant at ? at : now;
            var lastUsed = session.getAttribute(SessionUse.LAST_USED) instanceof Instant at ? at : now;
            var idle = Duration.ofSeconds(session.getMaxInactiveInterval());
            var notUse = heartbeat(request) || push(request);
            if (!now.isBefore(signedInAt.plus(lifetime))
                    || (!idle.isNegative() && !idle.isZero() && !now.isBefore(lastUsed.plus(idle)))
                    || (session.getAttribute(AccountSessions.KEY) instanceof String key && !file(request)
                            && !sessions.stillOpen(key, !notUse))) {
                session.invalidate();
                EndedSessionResponse.send(request, response);
                return;
            }
            session.setAttribute(AccountSessions.SIGNED_IN_AT, signedInAt);
            request.setAttribute(SessionUse.PREVIOUS_USE, lastUsed);
            if (!notUse) {
                session.setAttribute(SessionUse.LAST_USED, now);
            }
        }
        chain.doFilter(request, response);
    }

    /** The page's scripts, styles and images: the page itself was checked. Downloads are not files. */
    private static boolean file(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/VAADIN/") && !path.startsWith("/VAADIN/dynamic/"))
                || path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    /** The push connection (opened with the page, reopened after a network change) is not use either. */
    private static boolean push(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/VAADIN/push");
    }

    private static boolean heartbeat(HttpServletRequest request) {
        return RequestType.HEARTBEAT.getIdentifier()
                .equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }
}
