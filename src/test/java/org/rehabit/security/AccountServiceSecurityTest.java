package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.PatientAccounts;
import org.rehabit.security.service.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Method security is on: only admins administer accounts, only therapists list a caseload, ids do not help. */
@IntegrationTest
class AccountServiceSecurityTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PatientAccounts patientAccounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nobody_signed_in_is_refused_before_anything_runs() {
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.search("", null, Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_cannot_list_accounts() {
        assertThatThrownBy(() -> accounts.search("", null, Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_cannot_touch_another_therapists_patient_by_id() {
        var othersPatient = idOf("patient3");
        var hashBefore = hash(othersPatient);

        assertThatThrownBy(() -> accounts.setEnabled(othersPatient, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(othersPatient, "maple-river-lantern"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.reassignPatient(othersPatient, idOf("therapist")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(hash(othersPatient)).isEqualTo(hashBefore);
        assertThat(therapistOf(othersPatient)).isEqualTo(idOf("therapist2"));
    }

    @Test
    @WithUserDetails("patient")
    void a_patient_cannot_touch_another_patient_or_create_accounts() {
        var otherPatient = idOf("patient2");
        assertThatThrownBy(() -> accounts.setEnabled(otherPatient, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(otherPatient, "maple-river-lantern"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.reassignPatient(idOf("patient"), idOf("therapist2")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.THERAPIST, "sneaky", "Sneaky",
                "sneaky@example.org", "maple-river-lantern", null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> patientAccounts.search("", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
        assertThat(therapistOf(idOf("patient"))).isEqualTo(idOf("therapist"));
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_has_no_caseload_to_list() {
        assertThatThrownBy(() -> patientAccounts.search("", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private String hash(long id) {
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
    }

    private Long therapistOf(long id) {
        return jdbc.queryForObject("select therapist_id from account where id = ?", Long.class, id);
    }
}
