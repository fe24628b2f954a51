package org.rehabit.adherence.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.base.domain.SqlTime.timestamp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The patient's Today page without a browser: the check-in, check-offs that survive a reload, the stop rule and a
 * red flag blocking the day. Each test has a patient of its own, signed in, who follows {@link TestRoutines#daily}
 * from today.
 */
class TodayViewTest extends BrowserlessTest {

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
    void signInAPatientWithADailyRoutine() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);
    }

    @Test
    void the_check_in_comes_first_then_check_offs_are_saved_and_shown_again_after_a_reload() {
        open("today");
        assertThat($(Div.class).withClassName("exercise-card").all()).as("nothing before the check-in").isEmpty();
        test($(Button.class).withText("Continue").single()).click();
        assertThat($(Span.class).withClassName("field-error").single().getText())
                .isEqualTo("Please answer both questions.");

        answerCheckIn("No", "No");
        click(card("Neck tilt"), "Done");
        click(card("Half crunch"), "Partly done");
        click(card("Half crunch"), "1 of 2 sets");
        click(card("Side-to-side neck tilt"), "Partly done");
        click(card("Side-to-side neck tilt"), "3 of 5 reps");
        click(card("Chair twist"), "Skipped");
        click(card("Chair twist"), "Pain");
        click($(Div.class).withClassName("session-before").single(), "4");

        open("today");
        assertThat(pressed(card("Neck tilt"))).containsExactly("Done");
        assertThat(pressed(card("Half crunch"))).containsExactly("Partly done", "1 of 2 sets");
        assertThat(pressed(card("Side-to-side neck tilt"))).containsExactly("Partly done", "3 of 5 reps");
        assertThat(pressed(card("Chair twist"))).containsExactly("Skipped", "Pain");
        assertThat(pressed($(Div.class).withClassName("session-before").single())).containsExactly("4");
        assertThat($(Div.class).withClassName("rest-advice").all()).as("rest advice after a skip for pain")
                .hasSize(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from exercise_log l join exercise_session s on s.id = l.session_id
                where s.patient_id = ?""", Long.class, patient.id())).isEqualTo(4);
    }

    @Test
    void pain_meeting_the_stop_rule_tells_the_patient_to_stop_at_once() {
        open("today");
        answerCheckIn("No", "No");
        var twist = card("Chair twist");
        assertThat($(Div.class).withClassName("stop-now").from(twist).all()).isEmpty();

        click(twist, "8");

        assertThat($(Div.class).withClassName("stop-now").from(twist).all()).hasSize(1);
        assertThat(texts()).contains("Stop this exercise now. Your pain is too high to carry on with it today.");
    }

    @Test
    void a_yes_at_the_check_in_blocks_the_day_and_says_whom_to_contact() {
        open("today");
        answerCheckIn("No", "Yes");

        assertThat($(Div.class).withClassName("exercise-card").all()).isEmpty();
        assertThat(texts()).contains("Please do not do your usual routine today.",
                "We have let your physiotherapist know.");
        open("today");
        assertThat($(Div.class).withClassName("blocked").all()).as("still blocked after a reload").hasSize(1);
        assertThat($(Button.class).withText("Continue").all()).isEmpty();
    }

    @Test
    void earlier_days_are_read_only_and_a_day_to_come_or_a_bad_date_is_not_found() {
        assertThat(open("today/" + today.minusDays(3))).isEqualTo("today");
        assertThat(texts()).contains("Nothing is scheduled for this day. Rest well; a short walk or some gentle "
                + "movement is still good for your back and neck.");
        assertThat(open("today/" + today.plusDays(1))).isEqualTo("NotFoundView");
        assertThat(open("today/not-a-date")).isEqualTo("NotFoundView");
    }

    @Test
    void the_history_shows_today_open_in_the_calendar_and_each_exercise_in_words() {
        open("today");
        answerCheckIn("No", "No");
        click(card("Neck tilt"), "Done");

        assertThat(open("history")).isEqualTo("history");

        assertThat($(Div.class).withClassName("calendar-day").withClassName("today").single().getClassNames())
                .as("1 of 5 done: still open, not judged").contains("open").doesNotContain("low", "missed");
        assertThat(texts()).contains("Done once and partly done no times, out of 1 scheduled.");

        open("today");
        click(card("Side-to-side neck tilt"), "Skipped");
        click(card("Side-to-side neck tilt"), "Pain");
        assertThat($(Div.class).withClassName("rest-advice").from(card("Side-to-side neck tilt")).all())
                .as("the rest advice beside the exercise skipped for pain").hasSize(1);
        assertThat($(Div.class).withClassName("rest-advice").from(card("Neck tilt")).all()).isEmpty();
    }

    @Test
    void the_therapist_sees_a_patients_open_alerts_on_their_page() {
        jdbc.update("""
                insert into patient_alert (patient_id, kind, day, episode, detail, raised_at)
                values (?, 'RED_FLAG', ?, ?, 'NECK,ARMS', ?)""", patient.id(), today, today,
                timestamp(clock.instant()));
        data.signIn(therapist);

        open("patients/patient/" + patient.id());

        var alert = $(Div.class).withClassName("alert-line").single();
        assertThat($(Span.class).from(alert).all()).extracting(Span::getText).contains("Red flag at check-in",
                "severe neck pain; new weakness, numbness or tingling in the arms or hands");
    }

    @Test
    void a_walk_partly_done_takes_the_minutes_walked_and_refuses_the_whole_walk() {
        var walker = signInWalkingTwentyMinutes();
        click(card("Walking"), "Partly done");
        var minutes = $(IntegerField.class).withCaption("Minutes done").single();

        minutes.setValue(20);
        click(card("Walking"), "Save");
        assertThat(minutes.isInvalid()).as("all 20 minutes is done, not partly").isTrue();
        test(minutes).setValue(12);
        click(card("Walking"), "Save");

        assertThat(jdbc.queryForObject("""
                select l.part_done || ' ' || l.part_unit from exercise_log l join exercise_session s on s.id = l.session_id
                where s.patient_id = ?""", String.class, walker.id())).isEqualTo("12 MINUTES");
        open("today");
        assertThat($(IntegerField.class).withCaption("Minutes done").single().getValue()).isEqualTo(12);
    }

    @Test
    void a_weight_rated_hard_says_to_lower_it_to_the_next_load_and_the_therapist_sees_it() {
        var lifter = data.patientOf(therapist);
        data.routine(lifter, new RoutineDraft("Upper back", today, null, Schedule.everyDay(), List.of(new ItemDraft(
                jdbc.queryForObject("select id from exercise where name = 'Reverse dumbbell fly'", Long.class),
                new Dosage(2, 10, null, null, null), null, null, false,
                new Load(new BigDecimal("2.5"), LoadUnit.KG), null, null))));
        data.signIn(lifter);
        open("today");
        answerCheckIn("No", "No");
        var fly = card("Reverse dumbbell fly");
        assertThat($(Paragraph.class).withClassName("dosage").from(fly).single().getText())
                .isEqualTo("2 sets, 10 reps, 2.5 kg");
        assertThat($(Div.class).withClassName("lower-weight").from(fly).all()).isEmpty();

        click(fly, "Done");
        click(fly, "Hard");

        assertThat($(Div.class).withClassName("lower-weight").from(fly).single().getElement().getTextRecursively())
                .contains("Lower the weight: next time, try 2 kg instead of 2.5 kg.", "your head moves forward");
        data.signIn(therapist);
        open("progress/" + lifter.id() + "/day/" + today);
        var grid = test($(Grid.class).single());
        assertThat(grid.getCellComponent(0, grid.getColumnPosition("difficulty")).getElement().getTextRecursively())
                .isEqualTo("Hard lower the weight");
    }

    @Test
    void it_hurts_during_the_timer_of_a_neck_exercise_asks_the_pain_there_and_stops_it() {
        open("today");
        answerCheckIn("No", "No");
        click($(Div.class).withClassName("session-before").single(), "2");
        var tilt = card("Neck tilt");
        click(tilt, "Follow along with the timer");
        var timer = $(FollowAlongTimer.class).from(tilt).single();
        assertThat(timer.getElement().getProperty("mode")).isEqualTo("hold");

        ComponentUtil.fireEvent(timer, new FollowAlongTimer.HurtsEvent(timer, true));
        var asked = $(Div.class).withClassName("timer-hurts").from(tilt).single();
        click(asked, "3");

        assertThat($(Div.class).withClassName("stop-now").from(tilt).single().getElement().getTextRecursively())
                .contains("bringing on neck pain");
        assertThat($(FollowAlongTimer.class).from(tilt).all()).as("the timer goes, with its Mark it done").isEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from patient_alert where patient_id = ? and kind = 'PAIN_STOP'""", Long.class,
                patient.id())).isEqualTo(1);
    }

    @Test
    void a_timed_walk_finished_is_marked_done_in_one_tap() {
        var walker = signInWalkingTwentyMinutes();
        click(card("Walking"), "Follow along with the timer");
        var timer = $(FollowAlongTimer.class).from(card("Walking")).single();
        assertThat(timer.getElement().getProperty("mode")).isEqualTo("time");
        assertThat(timer.getElement().getProperty("minutes", 0)).isEqualTo(20);
        assertThat($(Button.class).withText("Mark it done").from(card("Walking")).all()).isEmpty();

        ComponentUtil.fireEvent(timer, new FollowAlongTimer.FinishedEvent(timer, true));
        click(card("Walking"), "Mark it done");

        assertThat(pressed(card("Walking"))).containsExactly("Done");
        assertThat(jdbc.queryForObject("""
                select l.status from exercise_log l join exercise_session s on s.id = l.session_id
                where s.patient_id = ?""", String.class, walker.id())).isEqualTo("DONE");
    }

    /** A patient of the therapist who walks 20 minutes every day, signed in, on Today after the check-in. */
    private TestAccount signInWalkingTwentyMinutes() {
        var walker = data.patientOf(therapist);
        data.routine(walker, new RoutineDraft("Walk daily", today, null, Schedule.everyDay(), List.of(new ItemDraft(
                jdbc.queryForObject("select id from exercise where name = 'Walking'", Long.class),
                new Dosage(null, null, null, null, 20), null, null, false, null, null, null))));
        data.signIn(walker);
        open("today");
        answerCheckIn("No", "No");
        return walker;
    }

    private void answerCheckIn(String neck, String arms) {
        var questions = $(Div.class).withClassName("check-in-question").all();
        click(questions.get(0), neck);
        click(questions.get(1), arms);
        test($(Button.class).withText("Continue").single()).click();
    }

    private Div card(String exercise) {
        return $(Div.class).withClassName("exercise-card").withCondition(card -> card.getChildren()
                .anyMatch(child -> child.getElement().getText().equals(exercise))).single();
    }

    private void click(Component inside, String caption) {
        test($(Button.class).withText(caption).from(inside).first()).click();
    }

    private List<String> pressed(Component inside) {
        return $(Button.class).from(inside).all().stream()
                .filter(b -> "true".equals(b.getElement().getAttribute("aria-pressed"))).map(Button::getText)
                .toList();
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().filter(Component::isVisible).map(Paragraph::getText).toList();
    }
}
