package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.AccountSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A user's signed-in sessions, through the real filter chain: listed with the device, ended from another one (on
 * any node: the database says so), and never another user's.
 */
@IntegrationTest
class AccountSessionsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountSessions sessions;
    @Autowired
    AccountService accounts;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    MockMvc mvc;
    TestAccount therapist;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        therapist = data.therapist();
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_user_sees_both_devices_and_signs_the_other_out() throws Exception {
        var phone = signIn(therapist, "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari");
        var laptop = signIn(therapist, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Firefox/133.0");

        var lines = in(laptop, () -> sessions.mine());
        assertThat(lines).extracting(line -> line.session().device() + (line.current() ? " (here)" : ""))
                .containsExactlyInAnyOrder("Chrome on Android", "Firefox on Windows (here)");

        var phoneId = lines.stream().filter(line -> !line.current()).findFirst().orElseThrow().session().id();
        in(laptop, () -> {
            sessions.end(phoneId);
            return null;
        });

        mvc.perform(get("/dashboard").session(phone)).andExpect(redirectedUrl("/login"));
        assertThat(phone.isInvalid()).isTrue();
        assertThat(sessions.stillOpen((String) laptop.getAttribute(AccountSessions.KEY), false)).isTrue();
    }

    @Test
    void another_users_session_cannot_be_ended_and_is_not_listed() throws Exception {
        var theirs = signIn(data.therapist(), "Firefox/133.0");
        var mine = signIn(therapist, "Firefox/133.0");
        var theirId = in(theirs, () -> sessions.mine()).getFirst().session().id();

        assertThat(in(mine, () -> sessions.mine())).extracting(line -> line.session().id()).doesNotContain(theirId);
        assertThatThrownBy(() -> in(mine, () -> {
            sessions.end(theirId);
            return null;
        })).isInstanceOf(RecordNotFoundException.class);
        assertThat(sessions.stillOpen((String) theirs.getAttribute(AccountSessions.KEY), false)).isTrue();
    }

    @Test
    void signing_out_ends_the_row_and_a_deactivation_ends_every_session() throws Exception {
        var first = signIn(therapist, "Firefox/133.0");
        signIn(therapist, "Firefox/133.0");
        mvc.perform(post("/logout").with(csrf()).session(first));
        assertThat(open(therapist)).isEqualTo(1);

        data.as(data.admin(), () -> {
            accounts.setEnabled(therapist.id(), false);
            return null;
        });

        assertThat(open(therapist)).isZero();
    }

    private long open(TestAccount account) {
        return jdbc.queryForObject("select count(*) from signed_in_session where account_id = ? and ended_at is null",
                Long.class, account.id());
    }

    private MockHttpSession signIn(TestAccount account, String userAgent) throws Exception {
        var session = (MockHttpSession) mvc.perform(post("/login").param("username", account.username())
                .param("password", TestData.PASSWORD).with(csrf()).header("User-Agent", userAgent)).andReturn()
                .getRequest().getSession();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
        return session;
    }

    /** Runs the work as a request of that browser session: signed in as its user, with its key. */
    private <T> T in(MockHttpSession session, Supplier<T> work) {
        var context = (org.springframework.security.core.context.SecurityContext) session
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        var principal = (AccountPrincipal) context.getAuthentication().getPrincipal();
        return InSession.run(session, () -> data.as(new TestAccount(principal.accountId(), principal.getUsername(), "",
                "", principal.role(), null), work));
    }
}
