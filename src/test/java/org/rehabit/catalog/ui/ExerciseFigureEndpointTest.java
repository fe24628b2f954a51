package org.rehabit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The moving figure as the card and the timer ask for it: its parameters, and only to those who may see it. */
@IntegrationTest
class ExerciseFigureEndpointTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    MockMvc mvc;
    TestAccount patient;
    long tilt;

    @BeforeEach
    void a_patient_with_the_neck_tilt() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        tilt = jdbc.queryForObject("select id from exercise where name = 'Side-to-side neck tilt'", Long.class);
    }

    @Test
    void the_timer_gets_a_still_pose_or_one_movement_at_its_pace_and_odd_values_get_a_400() throws Exception {
        var held = figure(patient, "?pose=end&side=right");
        assertThat(held.getStatus()).isEqualTo(200);
        assertThat(held.getContentAsString()).doesNotContain("@keyframes").contains("transform:matrix(-1,0,0,1,");
        assertThat(figure(patient, "?pace=3").getContentAsString()).contains("animation-duration:3s");
        assertThat(figure(patient, "?sides=both").getContentAsString()).contains("@keyframes k-sides");

        for (var odd : new String[] {"?pose=sideways", "?pace=0", "?pace=61", "?side=up", "?sides=all", "?hold=-1",
                "?pace=fast"}) {
            assertThat(figure(patient, odd).getStatus()).as(odd).isEqualTo(400);
        }
    }

    @Test
    void another_patient_gets_not_found() throws Exception {
        var stranger = data.patientOf(data.therapist());
        assertThat(figure(stranger, "").getStatus()).isEqualTo(404);
        assertThat(figure(stranger, "?pose=start").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse figure(TestAccount caller, String query) throws Exception {
        return mvc.perform(get("/api/v1/exercises/" + tilt + "/figure.svg" + query)
                .with(authentication(data.authentication(caller)))).andReturn().getResponse();
    }
}
