package org.rehabit.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Logs, plans and alerts called with someone else's ids: another patient's, another therapist's patient's. */
@IntegrationTest
@Transactional
class AdherenceSecurityTest {

    @Autowired
    PatientDayService days;
    @Autowired
    AlertService alerts;
    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();

    @Test
    @WithUserDetails("patient2")
    void a_patient_cannot_write_a_log_against_another_patients_exercise() {
        days.checkIn(false, false);
        var theirs = jdbc.queryForObject("""
                select min(i.id) from routine_item i join routine_version v on v.id = i.routine_version_id
                join routine r on r.id = v.routine_id join account a on a.id = r.patient_id
                where a.username = 'patient'""", Long.class);

        assertThatThrownBy(() -> days.record(today, 1, theirs, LogEntry.done()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from exercise_log", Long.class)).isZero();
        assertThatThrownBy(() -> routines.plansOf(idOf("patient"))).isInstanceOf(RecordNotFoundException.class);
        assertThat(routines.plansOf(idOf("patient2"))).hasSize(1);
        assertThatThrownBy(() -> alerts.openAlerts(idOf("patient2"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("patient")
    void the_database_refuses_a_log_in_a_session_of_another_patient() {
        var session = jdbc.queryForObject("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                select id, current_date, 1, id, now() from account where username = 'patient2' returning id""",
                Long.class);
        var theirs = jdbc.queryForObject("""
                select min(i.id) from routine_item i join routine_version v on v.id = i.routine_version_id
                join routine r on r.id = v.routine_id join account a on a.id = r.patient_id
                where a.username = 'patient'""", Long.class);

        assertThatThrownBy(() -> jdbc.update("insert into exercise_log (session_id, routine_item_id, status, "
                + "recorded_by, recorded_at) values (?, ?, 'DONE', ?, now())", session, theirs, idOf("patient2")))
                .hasMessageContaining("is not in this patient's routines");
    }

    @Test
    @WithUserDetails("patient")
    void the_database_refuses_a_log_on_a_red_flag_day_or_in_a_round_the_routine_does_not_have() {
        var mine = jdbc.queryForObject("""
                select min(i.id) from routine_item i join routine_version v on v.id = i.routine_version_id
                join routine r on r.id = v.routine_id join account a on a.id = r.patient_id
                where a.username = 'patient'""", Long.class);
        var secondRound = jdbc.queryForObject("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                values (?, current_date, 2, ?, now()) returning id""", Long.class, idOf("patient"), idOf("patient"));
        assertThatThrownBy(() -> log(secondRound, mine)).hasMessageContaining("done 1 times a day, not 2");

        var blockedDay = jdbc.queryForObject("""
                insert into exercise_session (patient_id, day, round, recorded_by, recorded_at)
                values (?, current_date - 1, 1, ?, now()) returning id""", Long.class, idOf("patient"),
                idOf("patient"));
        jdbc.update("""
                insert into check_in (patient_id, day, severe_neck_pain, arm_symptoms, answered_by, answered_at)
                values (?, current_date - 1, true, false, ?, now())""", idOf("patient"), idOf("patient"));
        assertThatThrownBy(() -> log(blockedDay, mine)).hasMessageContaining("is blocked by a red flag");
    }

    private void log(long session, long item) {
        jdbc.execute("savepoint before_log");
        try {
            jdbc.update("insert into exercise_log (session_id, routine_item_id, status, recorded_by, recorded_at) "
                    + "values (?, ?, 'DONE', ?, now())", session, item, idOf("patient"));
        } finally {
            jdbc.execute("rollback to savepoint before_log");
        }
    }

    @Test
    @WithUserDetails("therapist2")
    void another_therapist_sees_neither_the_alerts_nor_the_plans_of_a_patient_not_theirs() {
        assertThatThrownBy(() -> alerts.openAlerts(idOf("patient"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.plansOf(idOf("patient"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> days.day(today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> days.history(today)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("therapist")
    void the_own_therapist_sees_the_alerts_but_cannot_record_for_the_patient() {
        assertThat(alerts.openAlerts(idOf("patient"))).isEmpty();
        assertThat(routines.plansOf(idOf("patient"))).hasSize(1);
        assertThatThrownBy(() -> days.checkIn(false, false)).isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
