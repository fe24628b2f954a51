package org.rehabit.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.base.domain.SqlTime.timestamp;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.base.ui.ProgressChart;
import org.rehabit.progress.service.CaseloadRow;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The therapist's dashboard and a patient's progress page, and the patient's own charts. The therapist has two
 * patients with routines from today and nothing recorded; {@code lastByName} is the one whose name sorts last.
 */
class ProgressViewsTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    TestAccount therapist;
    TestAccount firstByName;
    TestAccount lastByName;

    @BeforeEach
    void makeACaseloadOfTwo() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        var byName = data.patientsOf(therapist, 2);
        firstByName = byName.getFirst();
        lastByName = byName.getLast();
        data.routine(firstByName, TestRoutines.daily(jdbc, today));
        data.routine(lastByName, TestRoutines.mondayWednesdayFriday(jdbc, today));
    }

    @Test
    void the_dashboard_lists_the_patients_with_an_alert_first_and_the_alert_opens_the_patients_progress() {
        raise(lastByName, "PAIN_STOP", "Walking · 8/10");
        data.signIn(therapist);

        assertThat(open("dashboard")).isEqualTo("dashboard");

        @SuppressWarnings("unchecked")
        var grid = (Grid<CaseloadRow>) $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).figures().name()).as("needs attention first")
                .isEqualTo(lastByName.displayName());
        assertThat(test(grid).getRow(0).needsAttention()).isTrue();
        var alert = $(Div.class).withClassName("alert-line").single();
        test($(RouterLink.class).from(alert).single()).click();

        assertThat(routeOf(getCurrentView())).isEqualTo("progress");
        assertThat($(Span.class).withText("Walking · 8/10").all()).hasSize(1);
        assertThat($(ProgressChart.class).all()).as("no roll-up rows: no charts").isEmpty();
    }

    @Test
    void resolving_needs_a_note_and_keeps_the_alert_in_the_history() {
        var alert = raise(firstByName, "RED_FLAG", "ARMS");
        data.signIn(therapist);
        open("progress/" + firstByName.id());

        test($(Button.class).withText("Resolve").single()).click();
        assertThat($(TextArea.class).single().isInvalid()).isTrue();
        test($(TextArea.class).single()).setValue("Seen in clinic; neck checked, no neurological signs.");
        test($(Button.class).withText("Resolve").single()).click();

        assertThat($(Button.class).withText("Resolve").all()).isEmpty();
        assertThat(jdbc.queryForObject("select resolution_note from patient_alert where id = ?", String.class, alert))
                .isEqualTo("Seen in clinic; neck checked, no neurological signs.");
    }

    @Test
    void another_therapists_patient_has_no_progress_page() {
        data.signIn(data.therapist());

        assertThat(open("progress/" + firstByName.id())).as("signed in, but no such patient for them")
                .isEqualTo("NotFoundView");
    }

    private long raise(TestAccount patient, String kind, String detail) {
        return jdbc.queryForObject("""
                insert into patient_alert (patient_id, kind, day, episode, detail, raised_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, patient.id(), kind, today, today, detail,
                timestamp(clock.instant()));
    }
}
