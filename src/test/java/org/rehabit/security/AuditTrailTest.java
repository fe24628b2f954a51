package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.patients.service.Intake;
import org.rehabit.patients.service.PatientService;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.AuditQuery;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail: one row per read or change of a patient's record, written with the change; append-only; chained
 * so that an altered row is found; readable by admins, and by a patient for their own record.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgressService progress;
    @Autowired
    PatientDayService days;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog auditLog;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    TestAccount therapist;
    TestAccount patient;
    LocalDate today;

    @BeforeEach
    void aTherapistAndTheirPatient() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_therapist_opening_a_patient_is_recorded_once_with_who_and_whose() {
        data.signIn(therapist);

        patients.get(patient.id());
        progress.progress(patient.id(), today.minusDays(6), today);

        assertThat(rows(patient, AuditAction.VIEWED_PATIENT)).containsExactly(therapist.id());
        assertThat(rows(patient, AuditAction.VIEWED_PROGRESS)).containsExactly(therapist.id());
    }

    @Test
    void a_patient_reading_their_own_record_is_not_listed_but_their_changes_are() {
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);

        progress.progress(patient.id(), today.minusDays(6), today);
        days.checkIn(false, false);

        assertThat(rows(patient, AuditAction.VIEWED_PROGRESS)).isEmpty();
        assertThat(rows(patient, AuditAction.CHECKED_IN)).containsExactly(patient.id());
        assertThat(rows(patient, AuditAction.PRESCRIBED_ROUTINE)).containsExactly(therapist.id());
    }

    @Test
    void a_refused_look_at_another_therapists_patient_leaves_no_trace_of_a_read() {
        data.signIn(data.therapist());

        assertThatThrownBy(() -> patients.get(patient.id())).isInstanceOf(RuntimeException.class);

        assertThat(rows(patient, AuditAction.VIEWED_PATIENT)).isEmpty();
    }

    @Test
    void a_change_and_its_audit_row_are_committed_together_or_not_at_all() {
        data.signIn(therapist);
        var opened = patients.get(patient.id()).intakeVersion();

        transactions.executeWithoutResult(status -> {
            patients.updateIntake(patient.id(), opened, new Intake(null, ComplaintRegion.NECK, "Rolled back", null));
            status.setRollbackOnly();
        });

        assertThat(rows(patient, AuditAction.CHANGED_INTAKE)).isEmpty();
        assertThat(patients.get(patient.id()).intake().clinicalNotes()).isNull();
    }

    @Test
    void the_intake_keeps_what_it_said_before_each_change() {
        data.signIn(therapist);
        patients.updateIntake(patient.id(), patients.get(patient.id()).intakeVersion(),
                new Intake(null, ComplaintRegion.NECK, "First note", null));
        patients.updateIntake(patient.id(), patients.get(patient.id()).intakeVersion(),
                new Intake(null, ComplaintRegion.BACK, "Second note", null));

        assertThat(rows(patient, AuditAction.CHANGED_INTAKE)).containsExactly(therapist.id(), therapist.id());
        assertThat(jdbc.queryForList("""
                select previous ->> 'clinical_notes' from change_history
                where table_name = 'patient_profile' and row_key = ? order by id""", String.class, patient.id()))
                .containsExactly("First note");
    }

    @Test
    void a_day_record_overwritten_keeps_what_it_said_before() {
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);
        days.checkIn(false, false);
        var tilt = days.day(today).routines().getFirst().items().getFirst().id();

        days.record(today, 1, tilt, LogEntry.done());
        days.record(today, 1, tilt, LogEntry.skipped(SkipReason.NO_TIME));

        assertThat(rows(patient, AuditAction.RECORDED_EXERCISE)).containsExactly(patient.id(), patient.id());
        assertThat(jdbc.queryForList("""
                select h.previous ->> 'status' from change_history h
                join exercise_log l on l.id = h.row_key and h.table_name = 'exercise_log'
                join exercise_session s on s.id = l.session_id
                where s.patient_id = ? order by h.id""", String.class, patient.id())).containsExactly("DONE");
    }

    @Test
    void nobody_changes_or_removes_an_audit_row_through_the_application() {
        data.signIn(therapist);
        patients.get(patient.id());
        var id = jdbc.queryForObject("select max(id) from audit_event where patient_id = ?", Long.class,
                patient.id());

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = 'edited' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from change_history")).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("append-only");
    }

    @Test
    void the_chain_check_finds_a_row_edited_or_removed_behind_the_applications_back() {
        data.signIn(therapist);
        patients.get(patient.id());
        progress.progress(patient.id(), today, today);
        var ids = jdbc.queryForList("select id from audit_event where patient_id = ? order by id", Long.class,
                patient.id());
        data.signIn(data.admin());
        assertThat(auditLog.checkChain().holds()).isTrue();

        // someone with the database owner's rights switches the triggers off for their session
        assertThat(tampered("update audit_event set detail = 'edited' where id = " + ids.getFirst()))
                .isEqualTo(ids.getFirst());
        assertThat(tampered("delete from audit_event where id = " + ids.getFirst()))
                .as("the next row no longer links up").isEqualTo(ids.getFirst() + 1);

        var anchored = auditLog.checkChain().lastId();
        assertThat(tampered("delete from audit_event where id >= " + anchored))
                .as("the row an earlier check ended at is gone").isEqualTo(anchored);

        assertThat(auditLog.checkChain().holds()).as("the changes were rolled back").isTrue();
        assertThat(auditLog.lastCheck()).hasValueSatisfying(check -> assertThat(check.holds()).isTrue());
    }

    /** Runs the statement with triggers off, then the admin's check, in a transaction that is rolled back. */
    private Long tampered(String statement) {
        return transactions.execute(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.execute(statement);
            jdbc.execute("set local session_replication_role = origin");
            var check = auditLog.checkChain();
            status.setRollbackOnly();
            return check.firstBreak();
        });
    }

    @Test
    void a_patient_sees_who_else_opened_their_record_and_nothing_of_anyone_elses() {
        var other = data.patientOf(therapist);
        data.as(therapist, () -> {
            patients.get(patient.id());
            patients.get(other.id());
            return null;
        });
        data.signIn(patient);
        days.checkIn(false, false);

        var seen = auditLog.othersOnMyRecord(0, 50);

        assertThat(seen).extracting(entry -> entry.action()).contains(AuditAction.VIEWED_PATIENT)
                .doesNotContain(AuditAction.CHECKED_IN);
        assertThat(seen).extracting(entry -> entry.patientName()).containsOnly(patient.displayName());
        assertThat(seen).extracting(entry -> entry.actorName()).contains(therapist.displayName());
        assertThat(auditLog.countOthersOnMyRecord()).isEqualTo(seen.size());
    }

    @Test
    void only_admins_read_the_whole_trail_and_only_patients_their_own_page() {
        data.signIn(therapist);
        assertThatThrownBy(() -> auditLog.find(AuditQuery.ALL, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> auditLog.checkChain()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> auditLog.othersOnMyRecord(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        data.signIn(patient);
        assertThatThrownBy(() -> auditLog.export(AuditQuery.ALL, new StringWriter()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void admins_filter_by_person_patient_action_and_time_and_download_what_they_see() {
        data.as(therapist, () -> patients.get(patient.id()));
        data.signIn(data.admin());
        var query = new AuditQuery(therapist.username(), patient.displayName(), AuditAction.VIEWED_PATIENT,
                clock.instant().minusSeconds(3600), clock.instant().plusSeconds(3600));

        var found = auditLog.find(query, 0, 10);
        assertThat(found).hasSize(1).first().satisfies(entry -> {
            assertThat(entry.actorName()).isEqualTo(therapist.displayName());
            assertThat(entry.actorRole()).isEqualTo("THERAPIST");
        });
        assertThat(auditLog.find(new AuditQuery(therapist.username(), patient.displayName(), AuditAction.VIEWED_PATIENT,
                null, clock.instant().minusSeconds(3600)), 0, 10)).isEmpty();

        var csv = new StringWriter();
        auditLog.export(query, csv);
        var lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("id,time,person,role,action,patient,address,detail");
        assertThat(lines[1]).contains(therapist.displayName(), "VIEWED_PATIENT", patient.displayName());
        assertThat(auditLog.find(new AuditQuery("", "", AuditAction.EXPORTED_AUDIT, null, null), 0, 1))
                .first().satisfies(entry -> assertThat(entry.detail()).contains("VIEWED_PATIENT"));
    }

    @Test
    void admins_actions_on_accounts_are_recorded_on_the_patients_record() {
        var successor = data.therapist();
        data.signIn(data.admin());

        accounts.reassignPatient(patient.id(), successor.id());
        accounts.resetPassword(patient.id(), "temporary-harbour-7");

        assertThat(rowsOf(patient)).containsSubsequence(AuditAction.REASSIGNED, AuditAction.RESET_PASSWORD);
    }

    private List<Long> rows(TestAccount patient, AuditAction action) {
        return jdbc.queryForList("select actor_id from audit_event where patient_id = ? and action = ? order by id",
                Long.class, patient.id(), action.name());
    }

    private List<AuditAction> rowsOf(TestAccount patient) {
        return jdbc.queryForList("select action from audit_event where patient_id = ? order by id", String.class,
                patient.id()).stream().map(AuditAction::valueOf).toList();
    }
}
