package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.security.service.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Sign-in through the real security filter chain. */
@IntegrationTest
class SignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    SessionRegistry sessionRegistry;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void the_right_password_signs_in_and_records_the_time() throws Exception {
        var before = Instant.now().minusSeconds(1);
        mvc.perform(formLogin("/login").user("therapist2").password("rehabit-demo")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select last_login_at from account where username = 'therapist2'",
                java.sql.Timestamp.class).toInstant()).isAfter(before);
    }

    @Test
    void usernames_are_not_case_sensitive() throws Exception {
        mvc.perform(formLogin("/login").user("Patient4").password("rehabit-demo")).andExpect(redirectedUrl("/"));
    }

    @Test
    @WithUserDetails("admin")
    void deactivating_an_account_ends_its_open_sessions() throws Exception {
        var admin = SecurityContextHolder.getContext().getAuthentication();
        var login = mvc.perform(formLogin("/login").user("patient3").password("rehabit-demo"))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isFalse();

        var patient3 = jdbc.queryForObject("select id from account where username = 'patient3'", Long.class);
        SecurityContextHolder.getContext().setAuthentication(admin); // the sign-in request above cleared it
        accounts.setEnabled(patient3, false);
        try {
            // Spring Security's session filter signs an expired session out on its next request.
            assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isTrue();
        } finally {
            accounts.setEnabled(patient3, true);
        }
    }

    @Test
    void a_wrong_password_an_unknown_user_and_a_deactivated_account_look_the_same() throws Exception {
        jdbc.update("update account set enabled = false where username = 'patient4'");
        try {
            for (var attempt : new String[][] {{"patient3", "wrong-password"}, {"nobody-here", "rehabit-demo"},
                    {"patient4", "rehabit-demo"}}) {
                mvc.perform(formLogin("/login").user(attempt[0]).password(attempt[1]))
                        .andExpect(redirectedUrl("/login?error"));
            }
        } finally {
            jdbc.update("update account set enabled = true where username = 'patient4'");
        }
    }
}
