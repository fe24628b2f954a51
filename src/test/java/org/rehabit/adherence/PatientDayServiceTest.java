package org.rehabit.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.Part;
import org.rehabit.adherence.domain.PartUnit;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.service.DayPlan;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.SessionEntry;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day of a patient signed in with the routine {@link TestRoutines#daily}: five exercises every day from today,
 * Half crunch in 2 sets, the others in 1.
 */
@IntegrationTest
@Transactional
class PatientDayServiceTest {

    @Autowired
    PatientDayService days;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    TestAccount patient;

    @BeforeEach
    void signInAPatientWithADailyRoutine() {
        today = LocalDate.now(clock);
        patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);
    }

    @Test
    void today_lists_the_routine_in_order_and_waits_for_the_check_in() {
        var plan = days.day(today);

        assertThat(plan.routines()).hasSize(1);
        assertThat(plan.routines().getFirst().items()).extracting(i -> i.exercise().name())
                .containsExactlyElementsOf(TestRoutines.DAILY_EXERCISES);
        assertThat(plan.needsCheckIn()).isTrue();
        assertThatThrownBy(() -> days.record(today, 1, item(plan, "Neck tilt").id(), LogEntry.done()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.check-in-first");
    }

    @Test
    void a_check_off_repeated_changes_one_row_and_keeps_what_was_saved() {
        days.checkIn(false, false);
        var tilt = item(days.day(today), "Neck tilt").id();

        days.record(today, 1, tilt, new LogEntry(LogStatus.DONE, null, null, 3, Difficulty.RIGHT));
        days.record(today, 1, tilt, LogEntry.done());
        var saved = days.record(today, 1, tilt, LogEntry.skipped(SkipReason.NO_TIME)).log();

        assertThat(jdbc.queryForObject("select count(*) from exercise_log where routine_item_id = ?", Long.class,
                tilt)).isEqualTo(1);
        assertThat(saved.status()).isEqualTo(LogStatus.SKIPPED);
        assertThat(saved.skipReason()).isEqualTo(SkipReason.NO_TIME);
        assertThat(saved.pain()).as("pain left empty keeps the saved score").isEqualTo(3);
        assertThat(saved.difficulty()).isEqualTo(Difficulty.RIGHT);
        assertThat(jdbc.queryForObject("""
                select count(*) from exercise_log l join exercise_session s on s.id = l.session_id
                where l.routine_item_id = ? and l.recorded_by = ? and s.patient_id = ? and s.day = ?""", Long.class,
                tilt, patient.id(), patient.id(), today))
                .as("who and which day are kept").isEqualTo(1);
    }

    @Test
    void partly_done_is_less_than_prescribed_in_the_exercises_unit() {
        days.checkIn(false, false);
        var plan = days.day(today);
        var crunch = item(plan, "Half crunch").id();
        var tilt = item(plan, "Neck tilt").id();

        assertThat(days.record(today, 1, crunch, LogEntry.partly(1)).log().part())
                .isEqualTo(new Part(1, PartUnit.SETS));
        assertThatThrownBy(() -> days.record(today, 1, crunch, LogEntry.partly(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.part-range");
        assertThat(days.record(today, 1, tilt, LogEntry.partly(3)).log().part()).as("one set of 5 repetitions")
                .isEqualTo(new Part(3, PartUnit.REPS));
        assertThatThrownBy(() -> days.record(today, 1, tilt, LogEntry.partly(5)))
                .as("all of them is done").isInstanceOf(InvalidInputException.class);
        assertThat(
                jdbc.queryForObject("select part_done || ' ' || part_unit from exercise_log where routine_item_id = ?",
                        String.class, tilt))
                .as("what was refused left the saved record as it was").isEqualTo("3 REPS");
        assertThatThrownBy(() -> days.record(today, 1, tilt, new LogEntry(LogStatus.SKIPPED, null, null, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.skip-reason-needed");
        assertThatThrownBy(() -> days.record(today, 1, tilt, LogEntry.painDuring(11)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.pain-range");
        assertThatThrownBy(() -> days.record(today, 2, tilt, LogEntry.done()))
                .as("the routine is done once a day").isInstanceOf(RecordNotFoundException.class);
        // last: a refused statement ends the test's transaction
        assertThatThrownBy(() -> jdbc.update("update exercise_log set part_done = 9 where routine_item_id = ?", tilt))
                .as("the database holds the rule too").hasMessageContaining("partly done needs less than the 5 reps");
    }

    @Test
    void a_red_flag_blocks_the_day_and_alerts_the_therapist_once() {
        var checkIn = days.checkIn(false, true);
        var again = days.checkIn(false, false);

        assertThat(checkIn.redFlag()).isTrue();
        assertThat(again.redFlag()).as("the first answers stand").isTrue();
        var plan = days.day(today);
        assertThat(plan.blocked()).isTrue();
        assertThatThrownBy(() -> days.record(today, 1, item(plan, "Neck tilt").id(), LogEntry.done()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.blocked");
        assertThatThrownBy(() -> days.recordSession(today, 1, new SessionEntry(2, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.blocked");
        assertThat(openAlerts("RED_FLAG")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select detail from patient_alert where patient_id = ? and kind = 'RED_FLAG'",
                String.class, patient.id())).isEqualTo("ARMS");
    }

    @Test
    void new_symptoms_after_a_clear_check_in_block_the_day_and_yesterday_too() {
        days.checkIn(false, false);
        var tilt = item(days.day(today), "Neck tilt").id();
        days.record(today, 1, tilt, LogEntry.done());

        var later = days.checkIn(true, false);

        assertThat(later.redFlag()).isTrue();
        assertThat(later.armSymptoms()).as("nothing else changes").isFalse();
        assertThat(days.day(today).blocked()).isTrue();
        assertThat(days.day(today.minusDays(1)).blocked()).as("yesterday cannot be finished now").isTrue();
        assertThatThrownBy(() -> days.record(today, 1, tilt, LogEntry.painDuring(2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.blocked");
        assertThatThrownBy(() -> days.record(today.minusDays(1), 1, tilt, LogEntry.done()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.blocked");
        days.checkIn(true, false);
        assertThat(jdbc.queryForObject("select times from patient_alert where patient_id = ? and kind = 'RED_FLAG'",
                Integer.class, patient.id())).as("saying it again raises nothing more").isEqualTo(1);
    }

    @Test
    void a_score_before_given_late_applies_the_stop_rule_to_pain_already_recorded() {
        days.checkIn(false, false);
        var plan = days.day(today);
        var twist = days.record(today, 1, item(plan, "Chair twist").id(), LogEntry.painDuring(5));
        assertThat(twist.mustStop()).isFalse();

        days.recordSession(today, 1, new SessionEntry(1, null, null));

        assertThat(days.day(today).log(item(plan, "Chair twist").id(), 1).orElseThrow().painFlag()).isTrue();
        assertThat(openAlerts("PAIN_STOP")).isEqualTo(1);
    }

    @Test
    void a_second_stop_the_same_day_updates_the_open_alert_with_its_latest_detail() {
        days.checkIn(false, false);
        var plan = days.day(today);

        days.record(today, 1, item(plan, "Neck tilt").id(), LogEntry.painDuring(8));
        days.record(today, 1, item(plan, "Half crunch").id(), LogEntry.painDuring(9));

        assertThat(openAlerts("PAIN_STOP")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select times || ' ' || detail from patient_alert where patient_id = ? "
                + "and kind = 'PAIN_STOP'", String.class, patient.id())).as("one episode (the day), latest detail")
                .isEqualTo("1 Half crunch · 9/10");
    }

    @Test
    void an_empty_note_clears_the_saved_one() {
        days.checkIn(false, false);
        days.recordSession(today, 1, new SessionEntry(null, null, "Sore"));

        var cleared = days.recordSession(today, 1, new SessionEntry(null, null, ""));

        assertThat(cleared.note()).isNull();
    }

    @Test
    void pain_meeting_the_stop_rule_says_stop_flags_the_log_and_alerts_once() {
        days.checkIn(false, false);
        days.recordSession(today, 1, new SessionEntry(2, null, null));
        var plan = days.day(today);

        var mild = days.record(today, 1, item(plan, "Rounded back (cat-cow)").id(), LogEntry.painDuring(4));
        var risen = days.record(today, 1, item(plan, "Chair twist").id(), LogEntry.painDuring(5));
        var severe = days.record(today, 1, item(plan, "Half crunch").id(), LogEntry.painDuring(7));

        assertThat(mild.mustStop()).as("2 above the score before").isFalse();
        assertThat(mild.log().painFlag()).isFalse();
        assertThat(risen.mustStop()).as("3 above the score before").isTrue();
        assertThat(risen.log().painFlag()).isTrue();
        assertThat(severe.mustStop()).isTrue();
        assertThat(openAlerts("PAIN_STOP")).as("one open alert per condition").isEqualTo(1);
    }

    @Test
    void any_rise_in_pain_during_a_neck_exercise_stops_it_and_alerts() {
        days.checkIn(false, false);
        days.recordSession(today, 1, new SessionEntry(2, null, null));
        var plan = days.day(today);

        var same = days.record(today, 1, item(plan, "Side-to-side neck tilt").id(), LogEntry.painDuring(2));
        var twist = days.record(today, 1, item(plan, "Chair twist").id(), LogEntry.painDuring(3));
        assertThat(same.mustStop()).as("no rise").isFalse();
        assertThat(twist.mustStop()).as("a back exercise keeps the usual limits").isFalse();
        assertThat(openAlerts("PAIN_STOP")).isZero();

        var tilt = days.record(today, 1, item(plan, "Neck tilt").id(), LogEntry.painDuring(3));

        assertThat(tilt.mustStop()).as("1 above the score before, in the neck").isTrue();
        assertThat(tilt.log().painFlag()).isTrue();
        assertThat(openAlerts("PAIN_STOP")).isEqualTo(1);
    }

    @Test
    void a_therapists_stricter_limit_for_one_exercise_stops_it_sooner() {
        data.signIn(data.therapist());
        var strict = data.patientOf(data.therapist());
        var crunch = jdbc.queryForObject("select id from exercise where name = 'Half crunch'", Long.class);
        data.routine(strict, new RoutineDraft("Core", today, null, Schedule.everyDay(), List.of(new ItemDraft(crunch,
                new Dosage(2, 10, null, null, null), null, null, false, null, 5, null))));
        data.signIn(strict);
        days.checkIn(false, false);

        var outcome = days.record(today, 1, item(days.day(today), "Half crunch").id(), LogEntry.painDuring(5));

        assertThat(outcome.mustStop()).as("the therapist's 5 instead of 7").isTrue();
    }

    @Test
    void a_check_off_meeting_the_stop_rule_raises_the_alert_and_updates_the_summary_before_its_transaction_ends() {
        days.checkIn(false, false);
        var tilt = item(days.day(today), "Neck tilt").id();
        jdbc.update("delete from progress_summary where patient_id = ?", patient.id()); // so the one found is new

        var outcome = days.record(today, 1, tilt, new LogEntry(LogStatus.DONE, null, null, 8, null));

        // the test's transaction never commits: a listener that waited for a commit would have left no row
        assertThat(outcome.mustStop()).isTrue();
        assertThat(openAlerts("PAIN_STOP")).isEqualTo(1);
        assertThat(jdbc.queryForMap("select as_of, last_active from progress_summary where patient_id = ?",
                patient.id())).containsEntry("as_of", Date.valueOf(today))
                .containsEntry("last_active", Date.valueOf(today));
    }

    @Test
    void a_red_flag_at_the_check_in_raises_its_alert_before_the_transaction_ends() {
        days.checkIn(true, false);

        assertThat(jdbc.queryForObject("""
                select detail from patient_alert where patient_id = ? and kind = 'RED_FLAG' and day = ?
                and resolved_at is null""", String.class, patient.id(), today)).isEqualTo("NECK");
    }

    @Test
    void pain_after_a_session_that_tips_the_weekly_mean_up_by_two_raises_the_pain_trend_alert() {
        for (var back = 13; back >= 1; back--) {
            jdbc.update("""
                    insert into adherence_day (patient_id, day, scheduled, completed, pain_after, active, red_flag,
                                               updated_at)
                    values (?, ?, 0, 0, ?, true, false, ?)""", patient.id(), today.minusDays(back),
                    back >= 7 ? 2 : 4, timestamp(clock.instant()));
        }
        days.checkIn(false, false);

        days.recordSession(today, 1, new SessionEntry(null, 2, null));
        assertThat(openAlerts("PAIN_TREND")).as("2.0 → 3.7: a rise under 2").isZero();

        days.recordSession(today, 1, new SessionEntry(null, 9, null));
        assertThat(jdbc.queryForObject("select detail from patient_alert where patient_id = ? and kind = 'PAIN_TREND'",
                String.class, patient.id())).isEqualTo("2.0 → 4.7");
    }

    @Test
    void pain_before_and_after_and_the_note_are_kept_across_saves() {
        days.checkIn(false, false);

        days.recordSession(today, 1, new SessionEntry(4, null, "Stiff this morning"));
        var session = days.recordSession(today, 1, new SessionEntry(null, 3, null));

        assertThat(session.painBefore()).isEqualTo(4);
        assertThat(session.painAfter()).isEqualTo(3);
        assertThat(session.note()).isEqualTo("Stiff this morning");
        assertThatThrownBy(() -> days.recordSession(today, 1, new SessionEntry(-1, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.pain-range");
        assertThatThrownBy(() -> days.recordSession(today, 1, new SessionEntry(null, null, "x".repeat(1001))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.note-too-long");
    }

    @Test
    void only_today_and_yesterday_can_be_written() {
        days.checkIn(false, false);
        var tilt = item(days.day(today), "Neck tilt").id();
        assertThatThrownBy(() -> days.record(today.minusDays(2), 1, tilt, LogEntry.done()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.read-only");
        assertThatThrownBy(() -> days.recordSession(today.minusDays(2), 1, new SessionEntry(1, null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("day.read-only");
        assertThatThrownBy(() -> days.day(today.plusDays(1))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("day.future");
        assertThat(days.day(today.minusDays(1)).editable()).isTrue();
        assertThat(days.day(today.minusDays(1)).nothingScheduled()).as("the routine starts today").isTrue();
        assertThat(days.day(today.minusDays(2)).editable()).isFalse();
    }

    @Test
    void adherence_counts_done_as_one_partly_by_its_share_and_skipped_as_nothing() {
        days.checkIn(false, false);
        var plan = days.day(today);
        for (var name : new String[] {"Neck tilt", "Side-to-side neck tilt", "Chair twist"}) {
            days.record(today, 1, item(plan, name).id(), LogEntry.done());
        }
        days.record(today, 1, item(plan, "Rounded back (cat-cow)").id(), LogEntry.skipped(SkipReason.PAIN));
        days.record(today, 1, item(plan, "Half crunch").id(), LogEntry.partly(1));
        days.record(today, 1, item(plan, "Chair twist").id(), LogEntry.partly(2));

        var history = days.history(today.minusDays(6));

        var todays = history.days().getLast();
        assertThat(todays.day()).isEqualTo(today);
        assertThat(todays.adherence().completed()).as("2 done, 1 of 2 sets, 2 of 3 reps").isCloseTo(2 + 0.5 + 2.0 / 3,
                within(1e-9));
        assertThat(todays.adherence().scheduled()).isEqualTo(5);
        assertThat(history.streak()).as("63% is below the streak's 80%, and today does not break it").isZero();
        var rounded = history.exercises().stream().filter(e -> e.name().equals("Rounded back (cat-cow)"))
                .findFirst().orElseThrow();
        assertThat(rounded.skipped()).containsEntry(SkipReason.PAIN, 1);
        assertThat(rounded.scheduled()).isEqualTo(1);
        assertThat(jdbc.queryForMap("""
                select d.scheduled, d.completed, s.as_of, s.last_active
                from adherence_day d join progress_summary s on s.patient_id = d.patient_id
                where d.patient_id = ? and d.day = ?""", patient.id(), today))
                .as("the roll-up and the dashboard's summary are kept with each write")
                .containsEntry("scheduled", 5).containsEntry("completed", new BigDecimal("3.17"))
                .containsEntry("as_of", Date.valueOf(today))
                .containsEntry("last_active", Date.valueOf(today));
    }

    private long openAlerts(String kind) {
        return jdbc.queryForObject("""
                select count(*) from patient_alert where patient_id = ? and kind = ? and resolved_at is null""",
                Long.class, patient.id(), kind);
    }

    static ItemDetails item(DayPlan plan, String name) {
        return plan.routines().stream().flatMap(r -> r.items().stream())
                .filter(i -> i.exercise().name().equals(name)).findFirst().orElseThrow();
    }
}
