package org.rehabit.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.service.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A therapist reaches only their own patients; patients and admins reach none through this service. */
@IntegrationTest
class PatientServiceSecurityTest {

    @Autowired
    PatientService patients;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    private TestAccount patient;
    private TestAccount otherPatient;

    @BeforeEach
    void a_therapist_with_two_patients() {
        var therapist = data.therapist();
        patient = data.patientOf(therapist);
        otherPatient = data.patientOf(therapist);
    }

    @Test
    void another_therapists_patient_is_not_found_by_any_method() {
        data.signIn(data.therapist());
        var notMine = patient.id();
        assertThatThrownBy(() -> patients.get(notMine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> patients.updateIntake(notMine, 0, PatientInvitationTest.NECK))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> patients.newActivationLink(notMine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> invitations.issue(notMine)).isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from patient_profile where account_id = ?", Long.class,
                notMine)).isZero();
    }

    @Test
    void a_patient_cannot_use_the_service_even_for_themself() {
        data.signIn(patient);
        var self = patient.id();
        assertThatThrownBy(() -> patients.get(self)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.get(otherPatient.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.add("X", "x@example.org", PatientInvitationTest.NECK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.issue(self)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.caseload("", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_admin_manages_accounts_not_caseloads() {
        data.signIn(data.admin());
        assertThatThrownBy(() -> patients.get(patient.id())).isInstanceOf(AccessDeniedException.class);
    }
}
