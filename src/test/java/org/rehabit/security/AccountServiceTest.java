package org.rehabit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.domain.PatientSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.NewAccount;
import org.rehabit.security.service.PasswordPolicy;
import org.rehabit.security.service.PatientAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
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
    @Autowired
    TestData data;
    TestAccount admin;

    @BeforeEach
    void signInAsAnAdmin() {
        admin = data.admin();
        data.signIn(admin);
    }

    @Test
    void admin_creates_a_therapist_who_can_then_be_found() {
        var username = UniqueNames.username("nora.smith");
        var id = accounts.create(new NewAccount(Role.THERAPIST, "  " + username.toUpperCase(Locale.ROOT) + " ",
                "Nora Smith", username + "@clinic.example", GOOD_PASSWORD, null));

        var found = accounts.search(username, null, Pageable.ofSize(10)).getContent();
        assertThat(found).extracting(AccountSummary::id, AccountSummary::username, AccountSummary::role)
                .containsExactly(tuple(id, username, Role.THERAPIST));
    }

    @Test
    void admin_creates_a_patient_on_a_therapists_caseload() {
        var therapist = data.therapist();
        var username = UniqueNames.username("sam");
        var email = username + "@example.org";
        accounts.create(new NewAccount(Role.PATIENT, username, "Sam Jones", email, GOOD_PASSWORD, therapist.id()));

        var sam = accounts.search(email, Role.PATIENT, Pageable.ofSize(10)).getContent().getFirst();
        assertThat(sam.therapistId()).isEqualTo(therapist.id());
        assertThat(sam.therapistName()).isEqualTo(therapist.displayName());
    }

    @Test
    void every_bad_value_gets_its_own_message_and_nothing_is_saved() {
        var before = countAccounts();

        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.PATIENT, "No Spaces!", " ", "not-an-email",
                "short", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(AccountField.USERNAME, Problem.of("validation.username.format"),
                                AccountField.DISPLAY_NAME, Problem.of("validation.required"),
                                AccountField.EMAIL, Problem.of("validation.email.format"),
                                AccountField.PASSWORD,
                                Problem.of("validation.password.too-short", PasswordPolicy.MIN_LENGTH),
                                AccountField.THERAPIST, Problem.of("validation.required"))));
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void username_and_email_must_be_unique_ignoring_case() {
        var existing = data.therapist();

        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.THERAPIST,
                existing.username().toUpperCase(Locale.ROOT), "Someone", existing.email().toUpperCase(Locale.ROOT),
                GOOD_PASSWORD, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .isEqualTo(Map.of(AccountField.USERNAME, Problem.of("validation.username.taken"),
                                AccountField.EMAIL, Problem.of("validation.email.taken"))));
    }

    @Test
    void common_passwords_are_refused() {
        var username = UniqueNames.username("newbie");
        assertThatThrownBy(() -> accounts.create(new NewAccount(Role.THERAPIST, username, "New Bie",
                username + "@example.org", "Password1234!", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(AccountField.PASSWORD, Problem.of("validation.password.too-common")));
    }

    @Test
    void a_patient_cannot_be_put_on_a_patients_or_an_unknown_caseload() {
        var patient = data.patientOf(data.therapist());
        for (var notATherapist : new long[] {patient.id(), admin.id(), -1L}) {
            var username = UniqueNames.username("newpatient");
            assertThatThrownBy(() -> accounts.create(new NewAccount(Role.PATIENT, username, "New Patient",
                    username + "@example.org", GOOD_PASSWORD, notATherapist)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .isEqualTo(Map.of(AccountField.THERAPIST, Problem.of("validation.required"))));
        }
    }

    @Test
    void deactivated_accounts_stay_listed_as_deactivated_and_can_be_reactivated() {
        var patientId = data.patientOf(data.therapist()).id();
        accounts.setEnabled(patientId, false);
        assertThat(enabled(patientId)).isFalse();
        accounts.setEnabled(patientId, true);
        assertThat(enabled(patientId)).isTrue();
    }

    @Test
    void an_admin_cannot_deactivate_their_own_account() {
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(enabled(admin.id())).isTrue();
    }

    @Test
    void a_reset_password_must_pass_the_policy_and_the_old_hash_stays_on_refusal() {
        var patientId = data.patientOf(data.therapist()).id();
        var oldHash = hash(patientId);
        assertThatThrownBy(() -> accounts.resetPassword(patientId, "qwertyuiopas"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(hash(patientId)).isEqualTo(oldHash);

        accounts.resetPassword(patientId, GOOD_PASSWORD);
        assertThat(hash(patientId)).isNotEqualTo(oldHash).startsWith("{bcrypt}");
    }

    @Test
    void admin_moves_a_patient_to_another_therapist() {
        var patient = data.patientOf(data.therapist());
        var otherTherapist = data.therapist();

        accounts.reassignPatient(patient.id(), otherTherapist.id());
        entityManager.flush();
        assertThat(jdbc.queryForObject("select therapist_id from account where id = ?", Long.class, patient.id()))
                .isEqualTo(otherTherapist.id());
    }

    @Test
    void a_patient_cannot_be_moved_to_a_non_therapist() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var otherPatient = data.patientOf(therapist);

        assertThatThrownBy(() -> accounts.reassignPatient(patient.id(), otherPatient.id()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> accounts.reassignPatient(therapist.id(), data.therapist().id()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_therapist_sees_only_their_own_patients() {
        var therapist = data.therapist();
        var first = data.patientOf(therapist);
        var second = data.patientOf(therapist);
        data.patientOf(data.therapist());

        data.signIn(therapist);
        assertThat(patientAccounts.search("", PageRequest.of(0, 50)).getContent())
                .extracting(PatientSummary::displayName)
                .containsExactlyInAnyOrder(first.displayName(), second.displayName());
    }

    @Test
    void the_other_therapist_sees_only_theirs() {
        var therapist = data.therapist();
        var theirPatient = data.patientOf(therapist);
        var otherTherapist = data.therapist();
        var first = data.patientOf(otherTherapist);
        var second = data.patientOf(otherTherapist);

        data.signIn(otherTherapist);
        assertThat(patientAccounts.search("", PageRequest.of(0, 50)).getContent())
                .extracting(PatientSummary::displayName)
                .containsExactlyInAnyOrder(first.displayName(), second.displayName());
        assertThat(patientAccounts.search(theirPatient.email(), PageRequest.of(0, 50)).getContent()).isEmpty();
    }

    @Test
    void search_treats_wildcards_as_plain_characters() {
        var therapist = data.therapist();
        var username = therapist.username(); // e.g. therapist-k3x9-12, which a wildcard would match
        var withPercent = username.substring(0, username.lastIndexOf('-') + 1) + "%";
        var withUnderscores = username.replace('-', '_');

        assertThat(accounts.search(username, null, Pageable.ofSize(10)).getContent()).extracting(AccountSummary::id)
                .contains(therapist.id());
        assertThat(accounts.search(withPercent, null, Pageable.ofSize(10)).getContent()).isEmpty();
        assertThat(accounts.search(withUnderscores, null, Pageable.ofSize(10)).getContent()).isEmpty();
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
