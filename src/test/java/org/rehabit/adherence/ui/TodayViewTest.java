package org.rehabit.adherence.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.base.domain.SqlTime.timestamp;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.SessionEntry;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The patient's Today page without a browser: the frame the server draws, and the day it hands to the page drawn in
 * the browser ({@link DayDocument}), as recorded through the same services the page's actions go through. Tapping
 * through the day is tried in Chromium ({@code PatientDayIT}). Each test has a patient of its own, signed in, who
 * follows {@link TestRoutines#daily} from today.
 */
class TodayViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientDayService days;

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
    void the_page_greets_the_patient_and_hands_the_day_to_the_browser_check_in_first() {
        open("today");

        assertThat(texts()).contains("Hello, " + patient.displayName() + ".");
        var day = document();
        assertThat(day.get("state").asString()).isEqualTo("check-in");
        assertThat(day.get("routines").get(0).get("items").size()).isEqualTo(TestRoutines.DAILY_EXERCISES.size());
        assertThat($(Div.class).withClassName("handouts").single().getElement().getTextRecursively())
                .contains("Handout for \"Neck and back every day\" (PDF)");
    }

    @Test
    void what_was_recorded_comes_back_with_the_stop_rule_and_the_rest_advice_marked() {
        var neckTilt = itemId("Neck tilt");
        var twist = itemId("Chair twist");
        days.checkIn(false, false);
        days.recordSession(today, 1, new SessionEntry(2, null, null));
        days.record(today, 1, neckTilt, LogEntry.partly(3));
        days.record(today, 1, neckTilt, LogEntry.painDuring(3));
        days.record(today, 1, twist, LogEntry.skipped(SkipReason.PAIN));

        open("today");

        var day = document();
        assertThat(day.get("state").asString()).isEqualTo("exercises");
        assertThat(day.get("sessions").get(0).get("painBefore").asInt()).isEqualTo(2);
        var tilt = log(day, neckTilt);
        assertThat(tilt.get("status").asString()).isEqualTo("PARTLY");
        assertThat(tilt.get("partDone").asInt()).isEqualTo(3);
        assertThat(tilt.get("painFlag").asBoolean()).as("a neck exercise: any rise stops it").isTrue();
        assertThat(log(day, twist).get("skipReason").asString()).isEqualTo("PAIN");
    }

    @Test
    void a_yes_at_the_check_in_blocks_the_day_and_says_whom_to_contact() {
        days.checkIn(false, true);

        open("today");

        var day = document();
        assertThat(day.get("state").asString()).isEqualTo("blocked");
        assertThat(day.get("blocked").valueStream().map(line -> line.get("text").asString()))
                .contains("Please do not do your usual routine today.", "We have let your physiotherapist know.");
    }

    @Test
    void earlier_days_are_read_only_and_a_day_to_come_or_a_bad_date_is_not_found() {
        assertThat(open("today/" + today.minusDays(3))).isEqualTo("today");
        var day = document();
        assertThat(day.get("state").asString()).isEqualTo("rest");
        assertThat(day.get("editable").asBoolean()).isFalse();
        assertThat(open("today/" + today.plusDays(1))).isEqualTo("NotFoundView");
        assertThat(open("today/not-a-date")).isEqualTo("NotFoundView");
    }

    @Test
    void the_history_shows_today_open_in_the_calendar_and_each_exercise_in_words() {
        days.checkIn(false, false);
        days.record(today, 1, itemId("Neck tilt"), LogEntry.done());

        assertThat(open("history")).isEqualTo("history");

        assertThat($(Div.class).withClassName("calendar-day").withClassName("today").single().getClassNames())
                .as("1 of 5 done: still open, not judged").contains("open").doesNotContain("low", "missed");
        assertThat(texts()).contains("Done once and partly done no times, out of 1 scheduled.");
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
    void a_walk_is_partly_done_in_minutes_typed_and_followed_with_a_countdown() {
        var walker = data.patientOf(therapist);
        data.routine(walker, new RoutineDraft("Walk daily", today, null, Schedule.everyDay(), List.of(new ItemDraft(
                jdbc.queryForObject("select id from exercise where name = 'Walking'", Long.class),
                new Dosage(null, null, null, null, 20), null, null, false, null, null, null))));
        data.signIn(walker);

        open("today");

        var walk = document().get("routines").get(0).get("items").get(0);
        assertThat(walk.get("part").has("chips")).as("20 amounts: a number to type").isFalse();
        assertThat(walk.get("part").get("prescribed").asInt()).isEqualTo(20);
        assertThat(walk.get("part").get("of").asString()).isEqualTo("of 20 minutes");
        assertThat(walk.get("timer").get("mode").asString()).isEqualTo("time");
        assertThat(walk.get("timer").get("minutes").asInt()).isEqualTo(20);
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
        var fly = document().get("routines").get(0).get("items").get(0);
        assertThat(fly.get("dosage").asString()).isEqualTo("2 sets, 10 reps, 2.5 kg");
        assertThat(fly.get("lowerWeight").get(0).asString())
                .isEqualTo("Lower the weight: next time, try 2 kg instead of 2.5 kg.");
        assertThat(fly.get("lowerWeight").get(1).asString()).contains("your head moves forward");

        days.checkIn(false, false);
        days.record(today, 1, fly.get("id").asLong(), LogEntry.done());
        days.record(today, 1, fly.get("id").asLong(), new LogEntry(null, null, null, null, Difficulty.HARD));
        open("today");

        assertThat(log(document(), fly.get("id").asLong()).get("tooHeavy").asBoolean()).isTrue();
        data.signIn(therapist);
        open("progress/" + lifter.id() + "/day/" + today);
        var grid = test($(Grid.class).single());
        assertThat(grid.getCellComponent(0, grid.getColumnPosition("difficulty")).getElement().getTextRecursively())
                .isEqualTo("Hard lower the weight");
    }

    /** The day the page hands to the browser. */
    private JsonNode document() {
        return (JsonNode) $(DayElement.class).single().getElement().getPropertyRaw("document");
    }

    private long itemId(String exercise) {
        return jdbc.queryForObject("""
                select i.id from routine_item i join routine_version v on v.id = i.routine_version_id
                join routine r on r.id = v.routine_id join exercise e on e.id = i.exercise_id
                where r.patient_id = ? and e.name = ?""", Long.class, patient.id(), exercise);
    }

    private static JsonNode log(JsonNode day, long itemId) {
        return day.get("logs").valueStream().filter(log -> log.get("itemId").asLong() == itemId).findFirst()
                .orElseThrow();
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().filter(Component::isVisible).map(Paragraph::getText).toList();
    }
}
