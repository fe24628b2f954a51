package org.rehabit.progress.ui;

import org.rehabit.ui.BrowserlessTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabit.progress.service.CaseloadRow;
import org.rehabit.base.ui.ProgressChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The therapist's dashboard and a patient's progress page, and the patient's own charts. */
class ProgressViewsTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeAlerts() {
        jdbc.update("delete from patient_alert");
        jdbc.update("delete from adherence_day");
        jdbc.update("delete from progress_summary");
    }

    @Test
    @WithUserDetails("therapist")
    void the_dashboard_lists_the_patients_with_an_alert_first_and_the_alert_opens_the_patients_progress() {
        raise("patient2", "PAIN_STOP", "Walking · 8/10");

        assertThat(open("dashboard")).isEqualTo("dashboard");

        @SuppressWarnings("unchecked")
        var grid = (Grid<CaseloadRow>) $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).figures().name()).as("needs attention first").isEqualTo("Peter Patient");
        assertThat(test(grid).getRow(0).needsAttention()).isTrue();
        var alert = $(Div.class).withClassName("alert-line").single();
        test($(RouterLink.class).from(alert).single()).click();

        assertThat(routeOf(getCurrentView())).isEqualTo("progress");
        assertThat($(Span.class).withText("Walking · 8/10").all()).hasSize(1);
        assertThat($(ProgressChart.class).all()).as("no roll-up rows: no charts").isEmpty();
    }

    @Test
    @WithUserDetails("therapist")
    void resolving_needs_a_note_and_keeps_the_alert_in_the_history() {
        raise("patient", "RED_FLAG", "ARMS");
        open("progress/" + idOf("patient"));

        test($(Button.class).withText("Resolve").single()).click();
        assertThat($(TextArea.class).single().isInvalid()).isTrue();
        test($(TextArea.class).single()).setValue("Seen in clinic; neck checked, no neurological signs.");
        test($(Button.class).withText("Resolve").single()).click();

        assertThat($(Button.class).withText("Resolve").all()).isEmpty();
        assertThat(jdbc.queryForObject("select resolution_note from patient_alert", String.class))
                .isEqualTo("Seen in clinic; neck checked, no neurological signs.");
    }

    @Test
    @WithUserDetails("therapist2")
    void another_therapists_patient_has_no_progress_page() {
        assertThat(open("progress/" + idOf("patient"))).isNotEqualTo("progress");
    }

    private void raise(String username, String kind, String detail) {
        jdbc.update("insert into patient_alert (patient_id, kind, day, episode, detail, raised_at) "
                + "values (?, ?, current_date, current_date, ?, now())", idOf(username), kind, detail);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
