package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.domain.PatientSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.PatientAccounts;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.security.service.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
@WithUserDetails("admin")
class AccountServiceTest {

    private static final String GOOD_PASSWORD = "maple-river-lantern";

    @Autowired
    AccountService accounts;
    @Autowired
    PatientAccounts patientAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;

    @Test
    void admin_creates_a_therapist_who_can_then_be_found() {
        var id = accounts.create(new NewAccount(Role.THERAPIST, "  Nora.Smith ", "Nora Smith", "nora@clinic.example",
                GOOD_PASSWORD, null));

        var found = accounts.search("nora", null, Pageable.ofSize(10)).getContent();
        assertThat(found).extracting(AccountSummary::id, AccountSummary::username, AccountSummary::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "nora.smith", Role.THERAPIST));
    }

    @Test
    void admin_creates_a_patient_on_a_therapists_caseload() {
        var therapistId = idOf("therapist");
        accounts.create(new NewAccount(Role.PATIENT, "sam", "Sam Jones", "sam@example.org", GOOD_PASSWORD,
                therapistId));

        var sam = accounts.search("sam@", Role.PATIENT, Pageable.ofSize(10)).getContent().getFirst();
        assertThat(sam.therapistId()).isEqualTo(therapistId);
        assertThat(sam.therapistName()).isEqualTo("Theo Therapist");
    }

    @Test
    void every_bad_value_gets_its_own_message_and_nothing_is_saved() {
        var before = countAccounts();

        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.PATIENT, "No Spaces!", " ", "not-an-email",
                "short", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(AccountField.USERNAME, "validation.username.format",
                                AccountField.DISPLAY_NAME, "validation.required",
                                AccountField.EMAIL, "validation.email.format",
                                AccountField.PASSWORD, "validation.password.too-short",
                                AccountField.THERAPIST, "validation.required")));
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void username_and_email_must_be_unique_ignoring_case() {
        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.THERAPIST, "Therapist", "Someone",
                "THERAPIST@demo.rehabit.org", GOOD_PASSWORD, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(AccountField.USERNAME, "validation.username.taken",
                                AccountField.EMAIL, "validation.email.taken")));
    }

    @Test
    void common_passwords_are_refused() {
        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.THERAPIST, "newbie", "New Bie",
                "newbie@example.org", "Password1234!", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(AccountField.PASSWORD, "validation.password.too-common"));
    }

    @Test
    void a_patient_cannot_be_put_on_a_patients_or_an_unknown_caseload() {
        for (var notATherapist : new long[] {idOf("patient"), idOf("admin"), 999_999L}) {
            assertThatThrownBy(() -> accounts.create(new NewAccount(Role.PATIENT, "newpatient", "New Patient",
                    "newpatient@example.org", GOOD_PASSWORD, notATherapist)))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void deactivated_accounts_stay_listed_as_deactivated_and_can_be_reactivated() {
        var patientId = idOf("patient3");
        accounts.setEnabled(patientId, false);
        assertThat(enabled(patientId)).isFalse();
        accounts.setEnabled(patientId, true);
        assertThat(enabled(patientId)).isTrue();
    }

    @Test
    void an_admin_cannot_deactivate_their_own_account() {
        assertThatThrownBy(() -> accounts.setEnabled(idOf("admin"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(enabled(idOf("admin"))).isTrue();
    }

    @Test
    void a_reset_password_must_pass_the_policy_and_the_old_hash_stays_on_refusal() {
        var patientId = idOf("patient");
        var oldHash = hash(patientId);
        assertThatThrownBy(() -> accounts.resetPassword(patientId, "qwertyuiopas"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(hash(patientId)).isEqualTo(oldHash);

        accounts.resetPassword(patientId, GOOD_PASSWORD);
        assertThat(hash(patientId)).isNotEqualTo(oldHash).startsWith("{bcrypt}");
    }

    @Test
    void admin_moves_a_patient_to_another_therapist() {
        accounts.reassignPatient(idOf("patient"), idOf("therapist2"));
        entityManager.flush();
        assertThat(jdbc.queryForObject("select therapist_id from account where username = 'patient'", Long.class))
                .isEqualTo(idOf("therapist2"));
    }

    @Test
    void a_patient_cannot_be_moved_to_a_non_therapist() {
        assertThatThrownBy(() -> accounts.reassignPatient(idOf("patient"), idOf("patient2")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.reassignPatient(idOf("therapist"), idOf("therapist2")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("therapist")
    void a_therapist_sees_only_their_own_patients() {
        assertThat(patientAccounts.search("", PageRequest.of(0, 50)).getContent())
                .extracting(PatientSummary::displayName).containsExactlyInAnyOrder("Paula Patient", "Peter Patient");
    }

    @Test
    @WithUserDetails("therapist2")
    void the_other_therapist_sees_only_theirs() {
        assertThat(patientAccounts.search("", PageRequest.of(0, 50)).getContent())
                .extracting(PatientSummary::displayName).containsExactlyInAnyOrder("Priya Patient", "Pablo Patient");
        assertThat(patientAccounts.search("paula", PageRequest.of(0, 50)).getContent()).isEmpty();
    }

    @Test
    void search_treats_wildcards_as_plain_characters() {
        assertThat(accounts.search("%", null, Pageable.ofSize(10)).getContent()).isEmpty();
        assertThat(accounts.search("_", null, Pageable.ofSize(10)).getContent()).isEmpty();
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }

    private boolean enabled(long id) {
        entityManager.flush();
        return jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id);
    }

    private String hash(long id) {
        entityManager.flush();
        return jdbc.queryForObject("select password_hash from account where id = ?", String.class, id);
    }

    private long countAccounts() {
        return jdbc.queryForObject("select count(*) from account", Long.class);
    }
}
