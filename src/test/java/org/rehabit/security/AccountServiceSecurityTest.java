package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.NewAccount;
import org.rehabit.security.service.PatientAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Method security is on: only admins administer accounts, only therapists list a caseload, ids do not help. */
@IntegrationTest
class AccountServiceSecurityTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PatientAccounts patientAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void nobody_signed_in_is_refused_before_anything_runs() {
        data.signOut();
        assertThatThrownBy(() -> accounts.search("", null, Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_therapist_cannot_list_accounts() {
        data.signIn(data.therapist());

        assertThatThrownBy(() -> accounts.search("", null, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_therapist_cannot_touch_another_therapists_patient_by_id() {
        var therapist = data.therapist();
        var otherTherapist = data.therapist();
        var othersPatient = data.patientOf(otherTherapist).id();
        var hashBefore = hash(othersPatient);
        data.signIn(therapist);

        assertThatThrownBy(() -> accounts.setEnabled(othersPatient, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(othersPatient, "maple-river-lantern"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.reassignPatient(othersPatient, therapist.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.allowSignIn(othersPatient)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deactivateTherapist(otherTherapist.id(), therapist.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.caseloadSize(otherTherapist.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(hash(othersPatient)).isEqualTo(hashBefore);
        assertThat(enabled(othersPatient)).isTrue();
        assertThat(therapistOf(othersPatient)).isEqualTo(otherTherapist.id());
    }

    @Test
    void a_patient_cannot_touch_another_patient_or_create_accounts() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var otherPatient = data.patientOf(therapist).id();
        var otherTherapist = data.therapist();
        data.signIn(patient);

        assertThatThrownBy(() -> accounts.setEnabled(otherPatient, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(otherPatient, "maple-river-lantern"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.reassignPatient(patient.id(), otherTherapist.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.allowSignIn(otherPatient)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.THERAPIST, UniqueNames.username("sneaky"),
                "Sneaky", "sneaky@example.org", "maple-river-lantern", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patientAccounts.search("", Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(enabled(otherPatient)).isTrue();
        assertThat(therapistOf(patient.id())).isEqualTo(therapist.id());
    }

    @Test
    void an_admin_has_no_caseload_to_list() {
        data.signIn(data.admin());

        assertThatThrownBy(() -> patientAccounts.search("", Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String hash(long id) {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
    }

    private boolean enabled(long id) {
        return jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id);
    }

    private Long therapistOf(long id) {
        return jdbc.queryForObject("select therapist_id from account where id = ?", Long.class, id);
    }
}
