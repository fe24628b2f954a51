package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.domain.SqlTime;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.TemplateService;
import org.rehabit.security.service.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every method that takes a patient, routine or template id, called with another therapist's or another patient's
 * id. A therapist has two patients with a routine each; a second therapist has a patient of their own.
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
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private LocalDate today;
    private TestAccount therapist;
    private TestAccount patient;
    private TestAccount patient2;
    private long routine;
    private long routine2;
    private TestAccount otherTherapist;

    @BeforeEach
    void two_therapists_and_two_routines() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        patient2 = data.patientOf(therapist);
        routine = data.routine(patient, RoutineDrafts.neckAndBack(jdbc, today));
        routine2 = data.routine(patient2, RoutineDrafts.neckAndBack(jdbc, today));
        otherTherapist = data.therapist();
        data.patientOf(otherTherapist);
    }

    @Test
    void another_therapists_patient_and_routine_are_not_found_by_any_method() {
        data.signIn(otherTherapist);
        var draft = new RoutineDraft("Mine now", today, null, Schedule.everyDay(), List.of());
        var before = versionsOf(patient);

        assertThatThrownBy(() -> routines.routinesOf(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.create(patient.id(), draft)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.get(routine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.revise(routine, 0, draft)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.handout(routine, Locale.ENGLISH))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> templates.saveAs(routine, "Stolen")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.routineToChange(patient.id(), null))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(versionsOf(patient)).isEqualTo(before);
    }

    @Test
    void another_therapists_own_template_is_not_found() {
        var theirs = jdbc.queryForObject("insert into routine_template (name, weekdays, times_per_day, owner_id, "
                + "created_at) values ('Their own', 127, 1, ?, ?) returning id", Long.class, therapist.id(),
                SqlTime.timestamp(clock.instant()));
        data.signIn(otherTherapist);

        assertThat(templates.templates()).extracting(t -> t.name()).doesNotContain("Their own")
                .contains("Neck pain starter", "Low back and core starter");
        assertThatThrownBy(() -> templates.start(theirs, today)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> templates.delete(theirs)).isInstanceOf(RecordNotFoundException.class);
        var shared = templates.templates().getFirst().id();
        assertThatThrownBy(() -> templates.delete(shared)).as("shared templates stay")
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_patient_gets_only_their_own_handout_and_nothing_else() {
        data.signIn(patient2);

        assertThatThrownBy(() -> routines.handout(routine, Locale.ENGLISH))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(routines.handout(routine2, Locale.ENGLISH)).isNotEmpty();
        assertThat(routines.myRoutines()).extracting(r -> r.id()).containsExactly(routine2);
        assertThatThrownBy(() -> routines.get(routine2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.routinesOf(patient2.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.revise(routine2, 0, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.routineToChange(patient2.id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
        var shared = RoutineDrafts.sharedTemplate(jdbc, "Neck pain starter");
        assertThatThrownBy(() -> templates.start(shared, today)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.delete(shared)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.saveAs(routine2, "Mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_names_never_include_patients() {
        data.signIn(patient);

        assertThat(accounts.staffNames(List.of(therapist.id(), patient2.id(), patient.id())))
                .containsOnlyKeys(therapist.id());
    }

    @Test
    void an_admin_manages_accounts_not_routines() {
        data.signIn(data.admin());

        assertThatThrownBy(() -> routines.get(routine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routines.handout(routine, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> templates.templates()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_therapist_id_is_not_a_patient_and_a_therapist_has_no_routines_of_their_own() {
        data.signIn(therapist);

        assertThatThrownBy(() -> routines.routinesOf(otherTherapist.id()))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> routines.myRoutines()).isInstanceOf(AccessDeniedException.class);
    }

    private long versionsOf(TestAccount owner) {
        return jdbc.queryForObject("select count(*) from routine_version v join routine r on r.id = v.routine_id "
                + "where r.patient_id = ?", Long.class, owner.id());
    }
}
