package org.rehabit.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.domain.SqlTime;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.patients.service.Intake;
import org.rehabit.patients.service.PatientField;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** A therapist adds a patient; the patient activates the account once, through a link that expires. */
@IntegrationTest
@Transactional
class PatientInvitationTest {

    static final Intake NECK = new Intake(LocalDate.of(1980, 5, 17), ComplaintRegion.NECK, "Desk worker.",
            "None reported.");

    @Autowired
    PatientService patients;
    @Autowired
    InvitationService invitations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private TestAccount therapist;

    @BeforeEach
    void sign_in_as_a_therapist() {
        therapist = data.therapist();
        data.signIn(therapist);
    }

    @Test
    void an_added_patient_is_invited_and_cannot_sign_in_yet() {
        var added = patients.add("Nina Neck", email("Nina.Neck"), NECK);

        assertThat(added.username()).isEqualTo("nina.neck." + therapist.id());
        var details = patients.get(added.id());
        assertThat(details.account().invited()).isTrue();
        assertThat(details.account().enabled()).isFalse();
        assertThat(details.intake()).isEqualTo(NECK);
        assertThat(invitations.check(added.activationToken()).state()).isEqualTo(InvitationState.VALID);
    }

    @Test
    void only_a_hash_of_the_link_is_stored() throws Exception {
        var added = patients.add("Nina Neck", email("nina"), NECK);
        var stored = jdbc.queryForObject("select token_hash from invitation where account_id = ?", String.class,
                added.id());
        assertThat(stored).isNotEqualTo(added.activationToken()).isEqualTo(HexFormat.of().formatHex(MessageDigest
                .getInstance("SHA-256").digest(added.activationToken().getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void the_link_sets_a_password_once_and_then_is_used_up() {
        var added = patients.add("Nina Neck", email("nina"), NECK);
        var token = added.activationToken();

        assertThatThrownBy(() -> invitations.activate(token, "short")).isInstanceOf(InvalidInputException.class);
        assertThat(invitations.check(token).state()).isEqualTo(InvitationState.VALID);

        assertThat(invitations.activate(token, "quiet-harbour-lamp")).isEqualTo(InvitationState.VALID);
        assertThat(patients.get(added.id()).account().enabled()).isTrue();
        assertThat(invitations.activate(token, "another-good-phrase")).isEqualTo(InvitationState.USED);
        assertThat(invitations.check(token).state()).isEqualTo(InvitationState.USED);
    }

    @Test
    void an_expired_link_or_a_wrong_token_does_nothing() {
        var added = patients.add("Nina Neck", email("nina"), NECK);
        var now = clock.instant();
        jdbc.update("update invitation set created_at = ?, expires_at = ? where account_id = ?",
                SqlTime.timestamp(now.minus(Duration.ofDays(8))), SqlTime.timestamp(now.minus(Duration.ofDays(1))),
                added.id());
        entityManager.clear(); // forget the invitation as it was before the change above

        assertThat(invitations.activate(added.activationToken(), "quiet-harbour-lamp"))
                .isEqualTo(InvitationState.EXPIRED);
        assertThat(invitations.activate("not-a-token", "quiet-harbour-lamp")).isEqualTo(InvitationState.UNKNOWN);
        assertThat(patients.get(added.id()).account().invited()).isTrue();
    }

    @Test
    void a_new_link_replaces_the_old_one() {
        var added = patients.add("Nina Neck", email("nina"), NECK);
        var second = patients.newActivationLink(added.id());

        assertThat(invitations.check(added.activationToken()).state()).isEqualTo(InvitationState.REPLACED);
        assertThat(invitations.check(second).state()).isEqualTo(InvitationState.VALID);
    }

    @Test
    void bad_input_names_each_field_and_saves_nothing() {
        assertThatThrownBy(() -> patients.add(" ", therapist.email(),
                new Intake(LocalDate.now(clock).plusDays(1), null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(AccountField.DISPLAY_NAME, Problem.of("validation.required"))
                        .containsEntry(AccountField.EMAIL, Problem.of("validation.email.taken"))
                        .containsEntry(PatientField.COMPLAINT_REGION, Problem.of("validation.required"))
                        .containsEntry(PatientField.DATE_OF_BIRTH, Problem.of("validation.patients.birth-date")));
        assertThat(jdbc.queryForObject("select count(*) from account where therapist_id = ?", Long.class,
                therapist.id())).as("patients on the therapist's caseload").isZero();
    }

    @Test
    void a_usernames_clash_gets_a_number() {
        var sam = "sam-" + therapist.id();
        var first = patients.add("Sam One", sam + "@one.example", NECK);
        var second = patients.add("Sam Two", sam + "@two.example", NECK);
        assertThat(first.username()).isEqualTo(sam);
        assertThat(second.username()).isEqualTo(sam + "2");
    }

    /** An address no other test uses: the patient's username is made from its first part. */
    private String email(String name) {
        return name + "." + therapist.id() + "@example.org";
    }
}
