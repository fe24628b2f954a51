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
import org.rehabit.security.service.AccountSessions;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A signed-in session ends after its idle time without use (heartbeats are not use), and twelve hours after signing
 * in however active; the clock is fixed, nobody waits.
 */
class SessionLimitsFilterTest {

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
        assertThat(session.getAttribute(AccountSessions.SIGNED_IN_AT)).isEqualTo(signedIn);
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

    @Test
    void a_session_ends_after_its_idle_time_without_use_and_heartbeats_are_not_use() throws Exception {
        session.setMaxInactiveInterval(15 * 60);
        request(signedIn);
        assertThat(request(signedIn.plus(Duration.ofMinutes(14))).getRequest()).as("used again").isNotNull();
        assertThat(heartbeat(signedIn.plus(Duration.ofMinutes(28))).getRequest()).isNotNull();

        var response = new MockHttpServletResponse();
        var idle = heartbeat(signedIn.plus(Duration.ofMinutes(29)), response);

        assertThat(idle.getRequest()).as("not passed on").isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getContentAsString()).as("Vaadin's session-expired answer").contains("sessionExpired");
    }

    @Test
    void the_push_connection_reopening_is_not_use_either() throws Exception {
        session.setMaxInactiveInterval(15 * 60);
        request(signedIn);
        assertThat(filter(new MockHttpServletRequest("GET", "/VAADIN/push"), signedIn.plus(Duration.ofMinutes(14)),
                new MockHttpServletResponse()).getRequest()).isNotNull();

        assertThat(request(signedIn.plus(Duration.ofMinutes(16))).getRequest()).as("idle since the first request")
                .isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void use_within_the_idle_time_keeps_the_session_for_hours() throws Exception {
        session.setMaxInactiveInterval(15 * 60);
        for (var at = signedIn; at.isBefore(signedIn.plus(Duration.ofHours(11)));
                at = at.plus(Duration.ofMinutes(14))) {
            assertThat(request(at).getRequest()).isNotNull();
        }
    }

    private MockFilterChain request(Instant at) throws Exception {
        return request(at, new MockHttpServletResponse());
    }

    private MockFilterChain heartbeat(Instant at) throws Exception {
        return heartbeat(at, new MockHttpServletResponse());
    }

    private MockFilterChain heartbeat(Instant at, MockHttpServletResponse response) throws Exception {
        var request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "heartbeat");
        return filter(request, at, response);
    }

    private MockFilterChain request(Instant at, MockHttpServletResponse response) throws Exception {
        return filter(new MockHttpServletRequest("GET", "/dashboard"), at, response);
    }

    private MockFilterChain filter(MockHttpServletRequest request, Instant at, MockHttpServletResponse response)
            throws Exception {
        request.setSession(session);
        var chain = new MockFilterChain();
        // sessions without a key (as here) are never looked up in the list of signed-in sessions
        new SessionLimitsFilter(Clock.fixed(at, ZoneOffset.UTC), Duration.ofHours(12), currentUser, null)
                .doFilter(request, response, chain);
        return chain;
    }
}
