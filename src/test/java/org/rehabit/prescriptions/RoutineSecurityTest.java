package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.TemplateService;
import org.rehabit.security.service.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every method that takes a patient, routine or template id, called with another therapist's or another patient's
 * id. The demo routines belong to "patient" and "patient2", both on the demo "therapist"'s caseload.
 */
@IntegrationTest
@Transactional
class RoutineSecurityTest {

    @Autowired
    RoutineService routines;
    @Autowired
    TemplateService templates;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("therapist2")
    void another_therapists_patient_and_routine_are_not_found_by_any_method() {
        var patient = idOf("patient");
        var routine = routineOf("patient");
        var draft = new RoutineDraft("Mine now", LocalDate.now(), null, Schedule.everyDay(), List.of());
        var before = jdbc.queryForObject("select count(*) from routine_version", Long.class);

        assertThatThrownBy(() -> routines.routinesOf(patient)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.create(patient, draft)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.get(routine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.revise(routine, 0, draft)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.handout(routine, Locale.ENGLISH))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> templates.saveAs(routine, "Stolen")).isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from routine_version", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("therapist2")
    void another_therapists_own_template_is_not_found() {
        var theirs = jdbc.queryForObject("insert into routine_template (name, weekdays, times_per_day, owner_id, "
                + "created_at) values ('Theo''s own', 127, 1, ?, now()) returning id", Long.class, idOf("therapist"));

        assertThat(templates.templates()).extracting(t -> t.name()).doesNotContain("Theo's own")
                .contains("Neck pain starter", "Low back and core starter");
        assertThatThrownBy(() -> templates.start(theirs, LocalDate.now())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> templates.delete(theirs)).isInstanceOf(RecordNotFoundException.class);
        var shared = templates.templates().getFirst().id();
        assertThatThrownBy(() -> templates.delete(shared)).as("shared templates stay")
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails("patient2")
    void a_patient_gets_only_their_own_handout_and_nothing_else() {
        assertThatThrownBy(() -> routines.handout(routineOf("patient"), Locale.ENGLISH))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(routines.handout(routineOf("patient2"), Locale.ENGLISH)).isNotEmpty();
        assertThat(routines.myRoutines()).extracting(r -> r.id()).containsExactly(routineOf("patient2"));
        assertThatThrownBy(() -> routines.get(routineOf("patient2"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.routinesOf(idOf("patient2"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.revise(routineOf("patient2"), 0, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
        var shared = jdbc.queryForObject("select min(id) from routine_template", Long.class);
        assertThatThrownBy(() -> templates.start(shared, LocalDate.now())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.delete(shared)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.saveAs(routineOf("patient2"), "Mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("patient")
    void staff_names_never_include_patients() {
        assertThat(accounts.staffNames(List.of(idOf("therapist"), idOf("patient2"), idOf("patient"))))
                .containsOnlyKeys(idOf("therapist"));
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_manages_accounts_not_routines() {
        assertThatThrownBy(() -> routines.get(routineOf("patient"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.handout(routineOf("patient"), Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_id_is_not_a_patient_and_a_therapist_has_no_routines_of_their_own() {
        assertThatThrownBy(() -> routines.routinesOf(idOf("therapist2"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.myRoutines()).isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private long routineOf(String username) {
        return jdbc.queryForObject("select r.id from routine r join account a on a.id = r.patient_id "
                + "where a.username = ? order by r.id limit 1", Long.class, username);
    }
}
