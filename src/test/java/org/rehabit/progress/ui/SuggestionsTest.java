package org.rehabit.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.Progression;
import org.rehabit.adherence.domain.Progression.Direction;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Side;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A patient who followed {@link TestRoutines#daily} for the last two weeks, doing "Side-to-side neck tilt" every
 * day and rating it easy, gets a step-up suggestion for it: on the dashboard, on the progress page, and accepted
 * there in one step into a new version of the routine.
 */
class SuggestionsTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    DayRecords records;
    @Autowired
    PatientDayService days;
    @Autowired
    RoutineService routines;
    @Autowired
    ProgressService progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    LocalDate today;
    TestAccount therapist;
    TestAccount patient;
    long routine;

    @BeforeEach
    void twoWeeksOfEasyTilts() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        routine = data.routine(patient, TestRoutines.daily(jdbc, today));
        jdbc.update("update routine_version set effective_from = ? where routine_id = ?",
                today.minusDays(Progression.WINDOW_DAYS), routine);
        var tilt = jdbc.queryForObject("""
                select i.id from routine_item i join routine_version v on v.id = i.routine_version_id
                join exercise e on e.id = i.exercise_id where v.routine_id = ? and e.name = 'Side-to-side neck tilt'""",
                Long.class, routine);
        for (int n = 1; n <= Progression.WINDOW_DAYS; n++) {
            records.saveLog(patient.id(), today.minusDays(n), 1, tilt, LogStatus.DONE, null, null, null,
                    Difficulty.EASY, false, patient.id(), clock.instant());
        }
        // completing yesterday rolls the days up, and with them the dashboard's count (today's check-offs do not
        // change two weeks that end yesterday)
        data.as(patient, () -> days.record(today.minusDays(1), 1, tilt, LogEntry.done()));
    }

    @Test
    void the_dashboard_counts_it_the_progress_page_explains_it_and_accepting_makes_a_new_version() {
        data.signIn(therapist);
        open("dashboard");
        assertThat(nameCell()).as("the badge beside the name").contains("1 suggestion");

        open("progress/" + patient.id());
        var line = $(Div.class).withClassName("suggestion").single();
        assertThat(line.getElement().getTextRecursively()).contains("Step up", "Side-to-side neck tilt",
                "Now: 1 set, 5 reps, hold 5 s, each side. Suggested: 1 set, 5 reps, hold 10 s, each side.",
                "Done 14 of the 14 times");
        test($(Button.class).withText("Accept: new version from today").single()).click();

        var revised = routines.get(routine);
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.latest().effectiveFrom()).isEqualTo(today);
        assertThat(revised.latest().items()).filteredOn(item -> item.exercise().name().equals("Side-to-side neck tilt"))
                .singleElement().satisfies(item -> assertThat(item.prescription().dosage())
                        .isEqualTo(new Dosage(1, 5, 10, Side.BOTH, null)));
        assertThat($(Div.class).withClassName("suggestion").all()).as("the new dose starts afresh").isEmpty();
        open("dashboard");
        assertThat(nameCell()).doesNotContain("suggestion");
    }

    private String nameCell() {
        return test($(Grid.class).single()).getCellComponent(0, 0).getElement().getTextRecursively();
    }

    @Test
    void another_therapist_neither_sees_nor_accepts_it() {
        data.signIn(data.therapist());

        assertThatThrownBy(() -> progress.suggestions(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.accept(patient.id(), routine, 1, Direction.UP))
                .isInstanceOf(RecordNotFoundException.class);
        data.signIn(therapist);
        assertThat(progress.suggestions(patient.id())).hasSize(1);
    }
}
