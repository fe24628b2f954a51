package org.rehabit.adherence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The page the handout's QR code opens: the patient's own exercise, never anyone else's. */
class MyExerciseViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_patient_opens_their_own_exercise_with_its_figure_and_dose_but_no_other() {
        var patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.signIn(patient);
        var tilt = jdbc.queryForObject("select id from exercise where name = 'Side-to-side neck tilt'", Long.class);
        var lunge = jdbc.queryForObject("select id from exercise where name = 'Forward lunge'", Long.class);

        assertThat(open("exercise/" + tilt)).isEqualTo("exercise");
        assertThat($(Image.class).withClassName("exercise-figure").single().getSrc())
                .isEqualTo("api/v1/exercises/" + tilt + "/figure.svg?hold=5&sides=both");
        assertThat($(Paragraph.class).withClassName("dosage").single().getText()).startsWith("1 set, 5 reps");

        assertThat(open("exercise/" + lunge)).as("not in a routine of theirs").isEqualTo("NotFoundView");
        assertThat(open("exercise/987654321")).isEqualTo("NotFoundView");
    }
}
