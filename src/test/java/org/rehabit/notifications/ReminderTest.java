package org.rehabit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.ExerciseDue;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.SessionEntry;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.notifications.domain.NotificationSetting;
import org.rehabit.notifications.service.MyNotifications;
import org.rehabit.notifications.service.MyNotifications.SettingField;
import org.rehabit.notifications.service.OutboxWorker;
import org.rehabit.notifications.service.ReminderSweep;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Exercise reminders on the test clock (noon, in the clinic's time zone): due, not yet, too late, not due today,
 * already started, a red-flag day, quiet hours, turned off, the second one, and two sweeps at once.
 */
@IntegrationTest
class ReminderTest {

    static final LocalTime HALF_PAST_ELEVEN = LocalTime.of(11, 30);

    @Autowired
    ReminderSweep sweep;
    @Autowired
    MyNotifications settings;
    @Autowired
    ExerciseDue exerciseDue;
    @Autowired
    OutboxWorker worker;
    @Autowired
    PatientDayService days;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestAccount patient;
    LocalDate today;

    @BeforeEach
    void aPatientWithADailyRoutine() {
        today = LocalDate.now(clock);
        patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_patient_with_nothing_recorded_gets_one_encouraging_reminder_at_their_time() {
        remindAt(HALF_PAST_ELEVEN, null);

        sweepNow();
        sweepNow();

        assertThat(reminders()).containsExactly("reminder:" + patient.id() + ":" + today + ":1:email");
        var text = jdbc.queryForObject("select subject || ' ' || body_text from outbox_message where recipient_id = ?",
                String.class, patient.id());
        assertThat(text).contains("a few minutes for your exercises today", "/today")
                .doesNotContain("Neck", "neck", "missed", "failed");
    }

    @Test
    void a_reminder_that_could_not_leave_in_time_is_not_sent_late() {
        remindAt(HALF_PAST_ELEVEN, null);
        sweepNow();
        var expires = jdbc.queryForObject("select expires_at from outbox_message where recipient_id = ?",
                OffsetDateTime.class, patient.id()).toInstant();
        assertThat(expires).isAfter(clock.instant())
                .isBeforeOrEqualTo(today.plusDays(1).atStartOfDay(clock.getZone()).toInstant());

        jdbc.update("update outbox_message set expires_at = ? where recipient_id = ?",
                OffsetDateTime.ofInstant(clock.instant().minusSeconds(1), ZoneOffset.UTC), patient.id());
        worker.sendDue();

        assertThat(jdbc.queryForMap("select status, last_error from outbox_message where recipient_id = ?",
                patient.id())).containsEntry("status", "FAILED").containsEntry("last_error",
                        "too late to be of use: not sent");
    }

    @Test
    void a_check_in_without_warning_signs_is_not_a_start() {
        remindAt(HALF_PAST_ELEVEN, null);
        days.checkIn(false, false);

        sweepNow();

        assertThat(reminders()).hasSize(1);
    }

    @Test
    void none_before_the_time_and_none_hours_late() {
        remindAt(LocalTime.of(12, 30), null);
        sweepNow();
        remindAt(LocalTime.of(9, 0), null);
        sweepNow();

        assertThat(reminders()).isEmpty();
    }

    @Test
    void none_once_the_day_is_started_or_on_a_red_flag_day() {
        var other = data.patientOf(data.therapist());
        data.routine(other, TestRoutines.daily(jdbc, today));
        remindAt(HALF_PAST_ELEVEN, null);
        days.checkIn(false, false);
        days.recordSession(today, 1, new SessionEntry(2, null, null));
        data.signIn(other);
        remindAt(HALF_PAST_ELEVEN, null);
        days.checkIn(false, true);

        sweepNow();

        assertThat(reminders()).isEmpty();
        assertThat(reminders(other)).isEmpty();
    }

    @Test
    void none_on_a_day_the_routine_is_not_due() {
        var notToday = data.patientOf(data.therapist());
        var daily = TestRoutines.daily(jdbc, today);
        data.routine(notToday, new RoutineDraft(daily.name(), today, null,
                Schedule.onWeekdays(EnumSet.complementOf(EnumSet.of(today.getDayOfWeek())), 1), daily.items()));
        data.signIn(notToday);
        remindAt(HALF_PAST_ELEVEN, null);

        sweepNow();

        assertThat(reminders(notToday)).isEmpty();
    }

    @Test
    void a_routine_of_some_days_a_week_is_due_until_the_weeks_share_is_done() {
        var monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        var once = data.patientOf(data.therapist());
        var twice = data.patientOf(data.therapist());
        var daily = TestRoutines.daily(jdbc, today);
        for (var someone : List.of(once, twice)) {
            var routine = data.routine(someone, new RoutineDraft(daily.name(), today, null,
                    Schedule.daysPerWeek(someone == once ? 1 : 2, 1), daily.items()));
            // prescribed a week ago (the builder starts routines today at the earliest)
            jdbc.update("update routine_version set effective_from = ? where routine_id = ?", monday, routine);
            doneOn(someone, monday);
        }

        var dueOnWednesday = new ArrayList<Long>();
        data.asSystem(() -> dueOnWednesday.addAll(exerciseDue.untouched(List.of(once.id(), twice.id()),
                monday.plusDays(2))));

        assertThat(dueOnWednesday).containsExactly(twice.id());
    }

    @Test
    void none_in_quiet_hours_and_none_when_turned_off() {
        settings.save(new NotificationSetting(true, LocalTime.of(10, 0), HALF_PAST_ELEVEN, LocalTime.of(11, 45),
                LocalTime.of(9, 0), false, true));
        var off = data.patientOf(data.therapist());
        data.routine(off, TestRoutines.daily(jdbc, today));
        data.signIn(off);
        settings.save(new NotificationSetting(false, HALF_PAST_ELEVEN, null, null, null, false, true));

        sweepNow();

        assertThat(reminders()).isEmpty();
        assertThat(reminders(off)).isEmpty();
    }

    @Test
    void a_second_gentler_reminder_comes_at_the_second_time_if_still_nothing() {
        remindAt(LocalTime.of(10, 0), HALF_PAST_ELEVEN);

        sweepNow();

        assertThat(reminders()).containsExactly("reminder:" + patient.id() + ":" + today + ":2:email");
        assertThat(jdbc.queryForObject("select subject from outbox_message where recipient_id = ?", String.class,
                patient.id())).contains("there is still time today");
    }

    @Test
    void two_sweeps_at_once_put_each_reminder_in_the_outbox_once() throws Exception {
        remindAt(HALF_PAST_ELEVEN, null);
        Callable<Integer> sweeping = () -> {
            var added = new int[1];
            data.asSystem(() -> added[0] = sweep.sweep());
            return added[0];
        };

        try (var pool = Executors.newFixedThreadPool(2)) {
            var results = pool.invokeAll(List.of(sweeping, sweeping));
            assertThat(results.get(0).get() + results.get(1).get()).isPositive();
        }

        assertThat(reminders()).hasSize(1);
    }

    @Test
    void settings_refuse_times_that_contradict_each_other_and_keep_what_was_saved() {
        remindAt(HALF_PAST_ELEVEN, null);

        assertThatThrownBy(() -> settings.save(new NotificationSetting(true, LocalTime.of(18, 0),
                LocalTime.of(17, 0), null, null, false, true))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(SettingField.SECOND_REMINDER_TIME));
        assertThatThrownBy(() -> settings.save(new NotificationSetting(true, LocalTime.of(23, 0), null,
                LocalTime.of(22, 0), LocalTime.of(7, 0), false, true))).isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(SettingField.REMINDER_TIME));
        assertThatThrownBy(() -> settings.save(new NotificationSetting(true, LocalTime.of(18, 0), null,
                LocalTime.of(22, 0), null, false, true))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(SettingField.QUIET_UNTIL));

        assertThat(settings.current().reminderTime()).isEqualTo(HALF_PAST_ELEVEN);
    }

    @Test
    void reminders_are_for_patients_and_the_digest_for_therapists() {
        settings.save(new NotificationSetting(true, HALF_PAST_ELEVEN, null, null, null, true, true));
        assertThat(settings.current().dailyDigest()).isFalse();

        var therapist = data.therapist();
        data.signIn(therapist);
        settings.save(new NotificationSetting(true, HALF_PAST_ELEVEN, null, null, null, true, true));
        assertThat(settings.current().reminders()).isFalse();
        assertThat(settings.current().dailyDigest()).isTrue();
    }

    @Test
    void only_scheduled_work_sweeps() {
        assertThatThrownBy(sweep::sweep).isInstanceOf(AccessDeniedException.class);
    }

    /** The first exercise of the patient's routine done on a day that passed, as the day's records hold it. */
    private void doneOn(TestAccount someone, LocalDate day) {
        var at = Timestamp.valueOf(day.atTime(18, 0));
        var session = jdbc.queryForObject("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                values (?, ?, 1, ?, ?) returning id""", Long.class, someone.id(), day, someone.id(), at);
        jdbc.update("""
                insert into exercise_log (session_id, routine_item_id, status, recorded_by, recorded_at)
                select ?, i.id, 'DONE', ?, ? from routine_item i join routine_version v on v.id = i.routine_version_id
                join routine r on r.id = v.routine_id where r.patient_id = ? and i.position = 0""", session,
                someone.id(), at, someone.id());
    }

    private void remindAt(LocalTime first, LocalTime second) {
        settings.save(new NotificationSetting(true, first, second, null, null, false, true));
    }

    private void sweepNow() {
        data.asSystem(sweep::sweep);
    }

    private List<String> reminders() {
        return reminders(patient);
    }

    private List<String> reminders(TestAccount someone) {
        return jdbc.queryForList("select dedup_key from outbox_message where recipient_id = ? and kind = 'REMINDER'",
                String.class, someone.id());
    }
}
