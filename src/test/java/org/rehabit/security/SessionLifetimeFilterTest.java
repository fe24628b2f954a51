package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.security.domain.Role;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A signed-in session ends twelve hours after signing in, however active; the clock is fixed, nobody waits. */
class SessionLifetimeFilterTest {

    final Instant signedIn = Instant.parse("2026-11-30T07:00:00Z");
    final MockHttpSession session = new MockHttpSession();
    final CurrentUser currentUser = new CurrentUser(SecurityContextHolder.getContextHolderStrategy());

    @BeforeEach
    void signIn() {
        var principal = new AccountPrincipal(7, "theo", "Theo Therapist", Role.THERAPIST, true, "x");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_first_signed_in_request_notes_the_time_and_goes_on() throws Exception {
        var chain = request(signedIn);

        assertThat(chain.getRequest()).as("passed on").isNotNull();
        assertThat(session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT)).isEqualTo(signedIn);
    }

    @Test
    void a_session_lives_until_twelve_hours_after_signing_in_and_then_ends() throws Exception {
        request(signedIn);

        assertThat(request(signedIn.plus(Duration.ofHours(12)).minusSeconds(1)).getRequest()).isNotNull();
        var response = new MockHttpServletResponse();
        var late = request(signedIn.plus(Duration.ofHours(12)), response);

        assertThat(late.getRequest()).as("not passed on").isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(session.isInvalid()).isTrue();
    }

    private MockFilterChain request(Instant at) throws Exception {
        return request(at, new MockHttpServletResponse());
    }

    private MockFilterChain request(Instant at, MockHttpServletResponse response) throws Exception {
        var request = new MockHttpServletRequest("GET", "/dashboard");
        request.setSession(session);
        var chain = new MockFilterChain();
        new SessionLifetimeFilter(Clock.fixed(at, ZoneOffset.UTC), Duration.ofHours(12), currentUser)
                .doFilter(request, response, chain);
        return chain;
    }
}
