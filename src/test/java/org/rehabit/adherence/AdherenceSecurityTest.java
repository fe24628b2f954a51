package org.rehabit.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.domain.AdherenceDays;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.PatientDays;
import org.rehabit.adherence.service.RolledUpDays;
import org.rehabit.alerts.domain.CaseloadAlert;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, plans, rolled-up days and alerts called with someone else's ids: another patient's, another therapist's
 * patient's. {@code patient} and {@code otherPatient} are both patients of {@code therapist}, each with a routine;
 * {@code otherTherapist} has a patient of their own.
 */
@IntegrationTest
@Transactional
class AdherenceSecurityTest {

    @Autowired
    PatientDayService days;
    @Autowired
    PatientDays patientDays;
    @Autowired
    AlertService alerts;
    @Autowired
    RoutineService routines;
    @Autowired
    RolledUpDays rolledUp;
    @Autowired
    AdherenceDays records;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    TestAccount therapist;
    TestAccount patient;
    long routine;
    TestAccount otherPatient;
    TestAccount otherTherapist;
    TestAccount otherTherapistsPatient;

    @BeforeEach
    void makeTwoCaseloads() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        routine = data.routine(patient, TestRoutines.daily(jdbc, today));
        otherPatient = data.patientOf(therapist);
        data.routine(otherPatient, TestRoutines.mondayWednesdayFriday(jdbc, today));
        otherTherapist = data.therapist();
        otherTherapistsPatient = data.patientOf(otherTherapist);
    }

    @Test
    void a_patient_cannot_write_a_log_against_another_patients_exercise() {
        data.signIn(otherPatient);
        days.checkIn(false, false);
        var theirs = firstItemOf(routine);

        assertThatThrownBy(() -> days.record(today, 1, theirs, LogEntry.done()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("""
                select count(*) from exercise_log l join exercise_session s on s.id = l.session_id
                where s.patient_id in (?, ?)""", Long.class, patient.id(), otherPatient.id())).isZero();
        assertThatThrownBy(() -> routines.plansOf(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(routines.plansOf(otherPatient.id())).hasSize(1);
        assertThatThrownBy(() -> alerts.openAlerts(otherPatient.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_database_refuses_a_log_in_a_session_of_another_patient() {
        data.signIn(patient);
        var session = session(otherPatient, today, 1);

        assertThatThrownBy(() -> jdbc.update("""
                insert into exercise_log (session_id, routine_item_id, status, recorded_by, recorded_at)
                values (?, ?, 'DONE', ?, ?)""", session, firstItemOf(routine), otherPatient.id(), clockTime()))
                .hasMessageContaining("is not in this patient's routines");
    }

    @Test
    void the_database_refuses_a_log_on_a_red_flag_day_or_in_a_round_the_routine_does_not_have() {
        data.signIn(patient);
        var mine = firstItemOf(routine);
        var secondRound = session(patient, today, 2);
        assertThatThrownBy(() -> log(secondRound, mine)).hasMessageContaining("done 1 times a day, not 2");

        var yesterday = today.minusDays(1);
        var blockedDay = session(patient, yesterday, 1);
        jdbc.update("""
                insert into check_in (patient_id, day, severe_neck_pain, arm_symptoms, answered_by, answered_at)
                values (?, ?, true, false, ?, ?)""", patient.id(), yesterday, patient.id(), clockTime());
        assertThatThrownBy(() -> log(blockedDay, mine)).hasMessageContaining("is blocked by a red flag");
    }

    @Test
    void another_therapist_sees_neither_the_alerts_nor_the_plans_of_a_patient_not_theirs() {
        data.signIn(otherTherapist);

        assertThatThrownBy(() -> alerts.openAlerts(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.plansOf(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> days.day(today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> days.history(today)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_day_in_front_of_the_therapist_is_for_the_patients_own_therapist_only() {
        data.signIn(therapist);
        assertThat(patientDays.day(patient.id(), today).routines()).hasSize(1);
        assertThatThrownBy(() -> patientDays.day(patient.id(), today.plusDays(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> patientDays.day(otherTherapistsPatient.id(), today))
                .isInstanceOf(RecordNotFoundException.class);
        data.signIn(otherTherapist);
        assertThatThrownBy(() -> patientDays.day(patient.id(), today)).isInstanceOf(RecordNotFoundException.class);
        data.signIn(otherPatient);
        assertThatThrownBy(() -> patientDays.day(patient.id(), today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patientDays.day(otherPatient.id(), today))
                .as("a patient's own day is PatientDayService's").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_own_therapist_sees_the_alerts_but_cannot_record_for_the_patient() {
        data.signIn(therapist);

        assertThat(alerts.openAlerts(patient.id())).isEmpty();
        assertThat(routines.plansOf(patient.id())).hasSize(1);
        assertThatThrownBy(() -> days.checkIn(false, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_patient_and_their_therapist_read_the_rolled_up_days() {
        var active = today.minusDays(2);
        records.replaceDays(patient.id(), today.minusDays(7), today, List.of(new DayRow(active, 5, 5, null, 2, true,
                false)), clock.instant());

        data.signIn(patient);
        assertThat(rolledUp.between(patient.id(), today.minusDays(7), today)).extracting(DayRow::day)
                .containsExactly(active);
        assertThat(rolledUp.lastActiveDay(patient.id())).contains(active);
        data.signIn(therapist);
        assertThat(rolledUp.between(patient.id(), today.minusDays(7), today)).hasSize(1);
        assertThat(rolledUp.lastActiveDay(patient.id())).contains(active);
    }

    @Test
    void a_patient_cannot_read_another_patients_rolled_up_days() {
        data.signIn(otherPatient);

        assertThatThrownBy(() -> rolledUp.between(patient.id(), today.minusDays(7), today))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rolledUp.lastActiveDay(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(rolledUp.between(otherPatient.id(), today.minusDays(7), today)).as("their own").isEmpty();
    }

    @Test
    void a_therapist_cannot_read_the_rolled_up_days_of_another_therapists_patient() {
        data.signIn(otherTherapist);

        assertThatThrownBy(() -> rolledUp.between(patient.id(), today.minusDays(7), today))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> rolledUp.lastActiveDay(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThat(rolledUp.between(otherTherapistsPatient.id(), today.minusDays(7), today)).as("their own patient's")
                .isEmpty();
    }

    @Test
    void an_admin_cannot_read_rolled_up_days() {
        data.signIn(data.admin());

        assertThatThrownBy(() -> rolledUp.between(patient.id(), today.minusDays(7), today))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rolledUp.lastActiveDay(patient.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_therapist_gets_the_open_alerts_of_their_own_patients_only() {
        var mine = raise(patient);
        var alsoMine = raise(otherPatient);
        var notMine = raise(otherTherapistsPatient);

        data.signIn(therapist);
        assertThat(alerts.openAlertsOfMyPatients()).extracting(CaseloadAlert::id)
                .containsExactlyInAnyOrder(mine, alsoMine);
        data.signIn(otherTherapist);
        assertThat(alerts.openAlertsOfMyPatients()).extracting(CaseloadAlert::id).containsExactly(notMine);
        data.signIn(patient);
        assertThatThrownBy(() -> alerts.openAlertsOfMyPatients()).isInstanceOf(AccessDeniedException.class);
    }

    private long firstItemOf(long routineId) {
        return jdbc.queryForObject("""
                select min(i.id) from routine_item i join routine_version v on v.id = i.routine_version_id
                where v.routine_id = ?""", Long.class, routineId);
    }

    private long session(TestAccount of, LocalDate day, int round) {
        return jdbc.queryForObject("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?) returning id""", Long.class, of.id(), day, round, of.id(), clockTime());
    }

    private void log(long session, long item) {
        jdbc.execute("savepoint before_log");
        try {
            jdbc.update("""
                    insert into exercise_log (session_id, routine_item_id, status, recorded_by, recorded_at)
                    values (?, ?, 'DONE', ?, ?)""", session, item, patient.id(), clockTime());
        } finally {
            jdbc.execute("rollback to savepoint before_log");
        }
    }

    private long raise(TestAccount of) {
        return jdbc.queryForObject("""
                insert into patient_alert (patient_id, kind, day, episode, detail, raised_at)
                values (?, 'RED_FLAG', ?, ?, 'NECK', ?) returning id""", Long.class, of.id(), today, today,
                clockTime());
    }

    /** The application clock's time, for a {@code timestamptz} column. */
    private Object clockTime() {
        return timestamp(clock.instant());
    }
}
