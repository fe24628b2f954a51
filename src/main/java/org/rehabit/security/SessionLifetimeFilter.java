package org.rehabit.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is older than its absolute lifetime, however active: a session that an open tab
 * keeps alive cannot outlast a working day. The first signed-in request of a session notes the time in it
 * ({@link #SIGNED_IN_AT}).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    /** The session attribute with the instant its user signed in. */
    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";

    private final Clock clock;
    private final Duration lifetime;
    private final CurrentUser currentUser;

    SessionLifetimeFilter(Clock clock, Duration lifetime, CurrentUser currentUser) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && currentUser.get().isPresent()) {
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
                session.setAttribute(SIGNED_IN_AT, clock.instant());
            } else if (!clock.instant().isBefore(signedInAt.plus(lifetime))) {
                session.invalidate();
                EndedSessionResponse.send(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
