package org.rehabit.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.service.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** A therapist reaches only their own patients; patients and admins reach none through this service. */
@IntegrationTest
class PatientServiceSecurityTest {

    @Autowired
    PatientService patients;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("therapist2")
    void another_therapists_patient_is_not_found_by_any_method() {
        var notMine = idOf("patient");
        assertThatThrownBy(() -> patients.get(notMine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> patients.updateIntake(notMine, 0, PatientInvitationTest.NECK))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> patients.newActivationLink(notMine)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> invitations.issue(notMine)).isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from patient_profile where account_id = ?", Long.class,
                notMine)).isZero();
    }

    @Test
    @WithUserDetails("patient")
    void a_patient_cannot_use_the_service_even_for_themself() {
        var self = idOf("patient");
        assertThatThrownBy(() -> patients.get(self)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.get(idOf("patient2"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.add("X", "x@example.org", PatientInvitationTest.NECK))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.issue(self)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patients.caseload("", org.springframework.data.domain.Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_manages_accounts_not_caseloads() {
        assertThatThrownBy(() -> patients.get(idOf("patient"))).isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
