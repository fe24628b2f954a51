package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.security.service.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void the_right_password_signs_in_and_records_the_time() throws Exception {
        var therapist = data.therapist();
        var before = clock.instant().minusSeconds(1);

        mvc.perform(formLogin("/login").user(therapist.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select last_login_at from account where id = ?", Timestamp.class,
                therapist.id()).toInstant()).isAfter(before);
    }

    @Test
    void signing_in_failing_to_and_signing_out_are_audited_with_the_address() throws Exception {
        var therapist = data.therapist();

        mvc.perform(formLogin("/login").user(therapist.username()).password("wrong-password-1"));
        var session = mvc.perform(formLogin("/login").user(therapist.username()).password(TestData.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/logout").with(csrf()).session((MockHttpSession) session));

        assertThat(jdbc.queryForList("""
                select action || ' ' || coalesce(actor_id::text, '-') || ' ' || address from audit_event
                where actor_id = ? or detail = ? order by id""", String.class, therapist.id(),
                "as " + therapist.username())).containsExactly("SIGN_IN_FAILED - 127.0.0.1",
                        "SIGNED_IN " + therapist.id() + " 127.0.0.1", "SIGNED_OUT " + therapist.id() + " 127.0.0.1");
    }

    @Test
    void staff_sessions_end_after_15_idle_minutes_and_patients_after_30() throws Exception {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);

        for (var account : List.of(therapist, patient)) {
            var session = mvc.perform(formLogin("/login").user(account.username()).password(TestData.PASSWORD))
                    .andReturn().getRequest().getSession();
            assertThat(session.getMaxInactiveInterval()).as(account.role().name())
                    .isEqualTo(account == patient ? 30 * 60 : 15 * 60);
        }
    }

    @Test
    void usernames_are_not_case_sensitive() throws Exception {
        var patient = data.patientOf(data.therapist());

        mvc.perform(formLogin("/login").user(patient.username().toUpperCase(Locale.ROOT)).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void deactivating_an_account_ends_its_open_sessions() throws Exception {
        var patient = data.patientOf(data.therapist());
        var login = mvc.perform(formLogin("/login").user(patient.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isFalse();

        data.signIn(data.admin());
        accounts.setEnabled(patient.id(), false);

        // Spring Security's session filter signs an expired session out on its next request.
        assertThat(sessionRegistry.getSessionInformation(session.getId()).isExpired()).isTrue();
    }

    @Test
    void a_wrong_password_an_unknown_user_and_a_deactivated_account_look_the_same() throws Exception {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var deactivated = data.patientOf(therapist);
        jdbc.update("update account set enabled = false where id = ?", deactivated.id());

        for (var attempt : new String[][] {{patient.username(), "wrong-password"},
                {UniqueNames.username("nobody"), TestData.PASSWORD}, {deactivated.username(), TestData.PASSWORD}}) {
            mvc.perform(formLogin("/login").user(attempt[0]).password(attempt[1]))
                    .andExpect(redirectedUrl("/login?error"));
        }
    }

    @Test
    void a_sign_in_without_the_pages_csrf_token_is_refused() throws Exception {
        var therapist = data.therapist();

        mvc.perform(post("/login").param("username", therapist.username()).param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").param("username", therapist.username()).param("password", TestData.PASSWORD)
                .with(csrf().useInvalidToken())).andExpect(redirectedUrl("/login?expired"));
        assertThat(jdbc.queryForObject("select last_login_at from account where id = ?", Timestamp.class,
                therapist.id())).isNull();
    }

    @Test
    void after_signing_in_a_user_lands_on_the_view_they_asked_for() throws Exception {
        var therapist = data.therapist();
        var session = new MockHttpSession();
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/login"));

        mvc.perform(signIn(therapist, session)).andExpect(redirectedUrl("http://localhost/dashboard?continue"));
    }

    @Test
    void a_file_fetched_before_signing_in_is_not_where_the_user_lands() throws Exception {
        var therapist = data.therapist();
        var session = new MockHttpSession();
        mvc.perform(get("/documents/report.pdf").session(session)).andExpect(redirectedUrl("/login"));

        mvc.perform(signIn(therapist, session)).andExpect(redirectedUrl("/"));
    }

    private MockHttpServletRequestBuilder signIn(TestAccount account, MockHttpSession session) {
        return post("/login").session(session).param("username", account.username())
                .param("password", TestData.PASSWORD).with(csrf());
    }
}
