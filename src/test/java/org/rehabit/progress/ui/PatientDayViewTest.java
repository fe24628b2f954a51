package org.rehabit.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.SessionEntry;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The day in front of the therapist, and acting on an alert from the progress page. The patient has the routine
 * {@link TestRoutines#daily} from today and records it: Neck tilt done (pain 3, just right), Half crunch 1 of its
 * 2 sets, Chair twist skipped for pain, Rounded back at pain 8 (the stop rule), pain 2 before and 4 after, and a note.
 */
class PatientDayViewTest extends BrowserlessTest {

    @Autowired
    PatientDayService days;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    TestAccount therapist;
    TestAccount patient;

    @BeforeEach
    void thePatientRecordsToday() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.as(patient, () -> {
            days.checkIn(false, false);
            days.recordSession(today, 1, new SessionEntry(2, null, null));
            var plan = days.day(today);
            var items = plan.routines().getFirst().items();
            days.record(today, 1, id(items, "Neck tilt"), new LogEntry(LogStatus.DONE, null, null, 3,
                    Difficulty.RIGHT));
            days.record(today, 1, id(items, "Half crunch"), LogEntry.partly(1));
            days.record(today, 1, id(items, "Chair twist"), LogEntry.skipped(SkipReason.PAIN));
            days.record(today, 1, id(items, "Rounded back (cat-cow)"), LogEntry.painDuring(8));
            return days.recordSession(today, 1, new SessionEntry(null, 4, "The twist pulled at my neck, I stopped."));
        });
    }

    @Test
    void the_therapist_opens_the_day_and_reads_what_was_due_done_and_said() {
        data.signIn(therapist);
        open("progress/" + patient.id());
        var dayLink = $(RouterLink.class).withClassName("open-alert-day").first();
        test(dayLink).click();

        assertThat(routeOf(getCurrentView())).startsWith("progress/:patientId");
        assertThat($(H1.class).single().getText()).startsWith(patient.displayName() + ", ");
        assertThat($(Paragraph.class).withClassName("day-check-in").single().getText())
                .isEqualTo("Check-in: no warning signs.");
        assertThat($(Paragraph.class).withClassName("session-pain").single().getText())
                .isEqualTo("Pain before: 2/10 · after: 4/10");
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(5);
        var recorded = test(grid).getColumnPosition("recorded");
        assertThat(test(grid).getCellText(0, recorded)).isEqualTo("Done");
        assertThat(test(grid).getCellComponent(0, test(grid).getColumnPosition("difficulty")).getElement()
                .getTextRecursively()).isEqualTo("Just right");
        assertThat(test(grid).getCellText(1, recorded)).as("Side-to-side neck tilt").isEqualTo("not yet");
        assertThat(test(grid).getCellText(2, recorded)).isEqualTo("Skipped: Pain");
        assertThat(test(grid).getCellComponent(3, test(grid).getColumnPosition("pain")).getElement()
                .getTextRecursively()).isEqualTo("8/10 stop rule");
        assertThat(test(grid).getCellText(4, recorded)).isEqualTo("Partly done: 1 of 2 sets");
        assertThat($(Div.class).withClassName("message").single().getElement().getTextRecursively())
                .contains("The twist pulled at my neck, I stopped.");
    }

    @Test
    void from_the_stop_rule_alert_the_therapist_opens_a_new_version_with_the_exercise_selected() {
        data.signIn(therapist);
        open("progress/" + patient.id());

        test($(Button.class).withText("Change the routine").single()).click();

        assertThat(routeOf(getCurrentView())).isEqualTo("routines/revise");
        var selected = $(Div.class).withClassName("routine-item-selected").single();
        assertThat(selected.getElement().getAttribute("data-exercise")).isEqualTo("Rounded back (cat-cow)");
        assertThat($(Paragraph.class).withClassName("routine-item-why").single().getText())
                .startsWith("An alert was about this exercise");
    }

    @Test
    void a_made_up_exercise_in_the_address_selects_nothing_and_an_ended_routine_is_not_changed() {
        data.signIn(therapist);
        var routine = jdbc.queryForObject("select id from routine where patient_id = ?", Long.class, patient.id());

        assertThat(open("routines/revise/" + routine + "?exercise=abc")).isEqualTo("routines/revise");
        assertThat($(Div.class).withClassName("routine-item-selected").all()).isEmpty();
        assertThat(open("routines/revise/" + routine + "?exercise=999999")).isEqualTo("routines/revise");
        assertThat($(Div.class).withClassName("routine-item-selected").all()).isEmpty();

        jdbc.update("update routine_version set effective_from = ?, end_date = ? where routine_id = ?",
                today.minusDays(10), today.minusDays(1), routine);
        open("progress/" + patient.id());
        test($(Button.class).withText("Change the routine").single()).click();
        assertThat(routeOf(getCurrentView())).as("no routine in force: it says so and stays")
                .startsWith("progress");
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("This patient has no routine in force to change.");
    }

    @Test
    void the_progress_page_lists_the_days_and_each_opens() {
        data.signIn(therapist);
        open("progress/" + patient.id());

        var days = $(Grid.class).withClassName("progress-days").single();
        assertThat(test(days).size()).isEqualTo(1);
        test((RouterLink) test(days).getCellComponent(0, 0)).click();
        assertThat(routeOf(getCurrentView())).startsWith("progress/:patientId");
    }

    @Test
    void another_therapist_a_bad_date_and_a_day_to_come_are_not_found() {
        data.signIn(data.therapist());
        assertThat(open("progress/" + patient.id() + "/day/" + today)).isEqualTo("NotFoundView");

        data.signIn(therapist);
        assertThat(open("progress/" + patient.id() + "/day/2026-13-45")).isEqualTo("NotFoundView");
        assertThat(open("progress/" + patient.id() + "/day/" + today.plusDays(1))).isEqualTo("NotFoundView");
        assertThat(open("progress/" + patient.id() + "/day/" + today)).startsWith("progress/:patientId");
    }

    private static long id(List<ItemDetails> items, String name) {
        return items.stream().filter(item -> item.exercise().name().equals(name)).findFirst().orElseThrow().id();
    }
}
