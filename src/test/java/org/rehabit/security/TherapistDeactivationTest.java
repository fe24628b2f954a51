package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A therapist is deactivated only with nobody's patient left on their caseload, so that no alert goes unseen. These
 * tests commit, as the database's check runs when a transaction commits.
 */
@IntegrationTest
class TherapistDeactivationTest {

    @Autowired
    AccountService accounts;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    TestAccount therapist;
    TestAccount successor;
    TestAccount patient;

    @BeforeEach
    void makeTwoTherapistsAndAPatient() {
        therapist = data.therapist();
        successor = data.therapist();
        patient = data.patientOf(therapist);
        data.signIn(data.admin());
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_therapist_with_patients_is_not_simply_deactivated() {
        assertThat(accounts.caseloadSize(therapist.id())).isEqualTo(1);

        assertThatThrownBy(() -> accounts.setEnabled(therapist.id(), false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(AccountField.THERAPIST, Problem.of("accounts.deactivate.has-patients", 1L)));
        assertThat(enabled(therapist)).isTrue();
    }

    @Test
    void deactivating_a_therapist_moves_their_patients_to_the_chosen_therapist_first() {
        accounts.deactivateTherapist(therapist.id(), successor.id());

        assertThat(enabled(therapist)).isFalse();
        assertThat(jdbc.queryForObject("select therapist_id from account where id = ?", Long.class, patient.id()))
                .isEqualTo(successor.id());
    }

    @Test
    void the_patients_go_only_to_another_active_therapist() {
        var inactive = data.therapist();
        data.as(data.admin(), () -> {
            accounts.setEnabled(inactive.id(), false);
            return null;
        });

        for (var wrong : new long[] {therapist.id(), patient.id(), inactive.id(), -1}) {
            assertThatThrownBy(() -> accounts.deactivateTherapist(therapist.id(), wrong))
                    .as("successor %d", wrong).isInstanceOf(InvalidInputException.class);
        }
        assertThat(enabled(therapist)).isTrue();
        assertThat(jdbc.queryForObject("select therapist_id from account where id = ?", Long.class, patient.id()))
                .isEqualTo(therapist.id());
    }

    @Test
    void the_database_refuses_to_deactivate_a_therapist_who_still_has_patients() {
        assertThatThrownBy(() -> jdbc.update("update account set enabled = false where id = ?", therapist.id()))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("still has patients");
        assertThat(enabled(therapist)).isTrue();
    }

    @Test
    void the_database_puts_no_patient_on_an_inactive_therapists_caseload() {
        accounts.deactivateTherapist(therapist.id(), successor.id());

        assertThatThrownBy(() -> jdbc.update("update account set therapist_id = ? where id = ?", therapist.id(),
                patient.id())).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("not active");
        assertThatThrownBy(() -> data.patientOf(therapist)).isInstanceOf(DataIntegrityViolationException.class);
    }

    private boolean enabled(TestAccount account) {
        return jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, account.id());
    }
}
