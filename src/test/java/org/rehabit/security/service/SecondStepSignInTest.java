package org.rehabit.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.security.AuthenticatorApp;
import org.rehabit.security.InSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Signing in with two-step sign-in through the real security filter chain: the right password alone signs nobody
 * in; the session remembers it for the second step, which signs in with a code once.
 */
@IntegrationTest
class SecondStepSignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    SecondStepSignIn secondStep;
    @Autowired
    TwoStep twoStep;
    @Autowired
    TestData data;
    @Autowired
    AccountService accounts;
    @Autowired
    Clock clock;
    MockMvc mvc;
    TestAccount therapist;
    String secret;

    @BeforeEach
    void aTherapistWithAnAuthenticator() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        therapist = data.therapist();
        secret = data.as(therapist, () -> {
            var setup = twoStep.newSetup();
            twoStep.enroll(setup.secret(), AuthenticatorApp.code(setup.secret(), clock.instant().minusSeconds(30)),
                    null);
            return setup.secret();
        });
    }

    @AfterEach
    void forgetTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void the_password_alone_signs_nobody_in_and_the_code_then_does() throws Exception {
        var session = passwordAccepted();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
        mvc.perform(get("/dashboard").session(session)).andExpect(redirectedUrl("/login"));

        var outcome = inSession(session, () -> secondStep.withCode(AuthenticatorApp.code(secret, clock.instant())));

        assertThat(outcome.signedInTo()).isPresent();
        assertThat(session.getAttribute(SecondStepSignIn.PENDING)).isNull();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
    }

    @Test
    void wrong_codes_are_refused_then_paused_like_wrong_passwords() throws Exception {
        var session = passwordAccepted();

        for (int i = 0; i < 5; i++) {
            var outcome = inSession(session, () -> secondStep.withCode("000000"));
            assertThat(outcome.signedInTo()).isEmpty();
            assertThat(outcome.pausedFor()).isEmpty();
        }
        var paused = inSession(session, () -> secondStep.withCode(AuthenticatorApp.code(secret, clock.instant())));

        assertThat(paused.signedInTo()).as("even the right code waits").isEmpty();
        assertThat(paused.pausedFor()).isPresent();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void typing_the_password_again_does_not_forget_the_wrong_codes() throws Exception {
        for (int round = 0; round < 2; round++) {
            var session = passwordAccepted();
            for (int i = 0; i < 3; i++) {
                inSession(session, () -> secondStep.withCode("000000"));
            }
        }

        var session = mvc.perform(formLogin("/login").user(therapist.username()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/login?wait=1")).andReturn().getRequest().getSession();

        assertThat(session.getAttribute(SecondStepSignIn.PENDING)).as("paused before the password").isNull();
    }

    @Test
    void an_account_deactivated_meanwhile_is_not_signed_in_by_its_code() throws Exception {
        var session = passwordAccepted();
        data.as(data.admin(), () -> {
            accounts.setEnabled(therapist.id(), false);
            return null;
        });

        assertThatThrownBy(() -> inSession(session,
                () -> secondStep.withCode(AuthenticatorApp.code(secret, clock.instant()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(TwoStep.Field.CODE, Problem.of("two-step.expired")));
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }

    @Test
    void a_setup_offered_to_one_account_cannot_enrol_another_that_signed_in_meanwhile() throws Exception {
        var other = data.therapist();
        var session = passwordAccepted();
        var offered = inSession(session, () -> secondStep.setup());
        // the same browser enters another account's password: the waiting account changes, the offer goes
        mvc.perform(post("/login").param("username", other.username()).param("password", TestData.PASSWORD)
                .with(csrf()).session(session));

        assertThatThrownBy(() -> inSession(session,
                () -> secondStep.setUpAndSignIn(AuthenticatorApp.code(offered.secret(), clock.instant()))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void without_the_password_there_is_no_second_step() {
        var session = new MockHttpSession();

        assertThat(inSession(session, () -> secondStep.pending())).isEmpty();
    }

    @Test
    void a_patient_signs_in_with_the_password_alone() throws Exception {
        var patient = data.patientOf(therapist);

        var session = (MockHttpSession) mvc.perform(formLogin("/login").user(patient.username())
                .password(TestData.PASSWORD)).andReturn().getRequest().getSession();

        assertThat(session.getAttribute(SecondStepSignIn.PENDING)).isNull();
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
    }

    private MockHttpSession passwordAccepted() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user(therapist.username())
                .password(TestData.PASSWORD)).andReturn().getRequest().getSession();
        assertThat(session.getAttribute(SecondStepSignIn.PENDING)).isNotNull();
        return session;
    }

    private <T> T inSession(MockHttpSession session, Supplier<T> work) {
        return InSession.run(session, work);
    }

}
