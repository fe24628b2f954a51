package org.rehabit.security.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.security.AuthenticatorApp;
import org.rehabit.security.InSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Where two-step sign-in is required for staff (the prod profile), a therapist without it sets it up to get in. */
@IntegrationTest
@TestPropertySource(properties = "rehabit.two-step.required-for-staff=true")
class RequiredTwoStepTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    SecondStepSignIn secondStep;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    @Test
    void a_therapist_without_it_sets_it_up_before_getting_in_and_a_patient_does_not() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var therapist = data.therapist();
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user(therapist.username())
                .password(TestData.PASSWORD)).andReturn().getRequest().getSession();
        InSession.run(session, () -> {
            assertThat(secondStep.mustSetUp()).isTrue();
            assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                    .isNull();
            var setup = secondStep.setup();

            var codes = secondStep.setUpAndSignIn(
                    AuthenticatorApp.code(setup.secret(), clock.instant()));

            assertThat(codes).hasSize(10);
            assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                    .isNotNull();
            return null;
        });

        var patient = data.patientOf(therapist);
        var patientSession = mvc.perform(formLogin("/login").user(patient.username()).password(TestData.PASSWORD))
                .andReturn().getRequest().getSession();
        assertThat(patientSession.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNotNull();
    }
}
