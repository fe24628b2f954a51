package org.rehabit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.notifications.domain.OutboxStatus;
import org.rehabit.notifications.service.InvitationMails;
import org.rehabit.notifications.service.OutboxLog;
import org.rehabit.notifications.service.OutboxWorker;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.patients.service.Intake;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.CareTeam;
import org.rehabit.security.service.InvitationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Without a mail server (a local run), mail is kept in the dev outbox for admins to read; what sets it off: a red flag
 * and a pain score that meets the stop rule. Only the patient's own therapist is told, and only admins read it.
 */
@IntegrationTest
class DevOutboxTest {

    @Autowired
    OutboxWorker worker;
    @Autowired
    OutboxLog outbox;
    @Autowired
    PatientDayService days;
    @Autowired
    CareTeam careTeam;
    @Autowired
    PatientService patients;
    @Autowired
    InvitationService invitations;
    @Autowired
    InvitationMails invitationMails;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestAccount therapist;
    TestAccount patient;

    @BeforeEach
    void aPatientWithARoutine() {
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.signIn(patient);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_red_flag_and_a_stop_rule_pain_each_put_a_mail_for_the_therapist_in_the_dev_outbox() {
        days.checkIn(false, false);
        var tilt = days.day(LocalDate.now(clock)).routines().getFirst().items().getFirst().id();
        days.record(LocalDate.now(clock), 1, tilt, LogEntry.painDuring(8));
        days.record(LocalDate.now(clock), 1, tilt, LogEntry.painDuring(9));
        days.checkIn(true, false);
        while (worker.sendDue() > 0) {
            // everything due, this test's and earlier ones'
        }

        assertThat(jdbc.queryForList("select dedup_key from outbox_message where dedup_key like ? order by id",
                String.class, "attention:" + patient.id() + ":%")).hasSize(2)
                .allMatch(key -> key.endsWith("PAIN_STOP:email") || key.endsWith("RED_FLAG:email"));

        data.signIn(data.admin());
        assertThat(outbox.isDevOutbox()).isTrue();
        var mine = outbox.newest(0, 100).stream().filter(message -> message.address().equals(therapist.email()))
                .toList();
        assertThat(mine).hasSize(2).allSatisfy(message -> {
            assertThat(message.status()).isEqualTo(OutboxStatus.KEPT);
            assertThat(message.bodyText()).contains("/dashboard", "Hello " + therapist.displayName(),
                    "Sent by Rehabit's exercise portal").doesNotContain(patient.displayName());
        });
    }

    @Test
    void adding_a_patient_mails_them_the_activation_link_and_a_new_link_mails_again() {
        data.signIn(therapist);
        var added = patients.add("Ines Invited", "ines." + therapist.id() + "@example.org",
                new Intake(null, ComplaintRegion.NECK, null, null));
        var renewed = patients.newActivationLink(added.id());

        var texts = jdbc.queryForList("select body_text from outbox_message where kind = 'INVITATION' "
                + "and recipient_id = ? order by id", String.class, added.id());
        assertThat(texts).hasSize(2).allSatisfy(text -> assertThat(text).contains("Hello Ines Invited",
                "http://localhost:8080/activate/", "because your physiotherapist added you"));
        assertThat(texts.getFirst()).contains("/activate/" + added.activationToken());
        assertThat(texts.getLast()).contains("/activate/" + renewed);
        assertThat(invitations.check(renewed).state()).isEqualTo(InvitationState.VALID);

        assertThat(invitationMails.latest(added.id())).hasValueSatisfying(
                mail -> assertThat(mail.bodyText()).as("the therapist sees how it went, not the link").isEmpty());
        data.signIn(data.therapist());
        assertThatThrownBy(() -> invitationMails.latest(added.id())).as("another therapist")
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void only_the_patients_own_therapist_is_told_and_only_admins_read_the_outbox() {
        assertThat(careTeam.therapistOf(patient.id())).hasValueSatisfying(
                recipient -> assertThat(recipient.email()).isEqualTo(therapist.email()));
        assertThat(careTeam.therapistOf(data.patientOf(therapist).id())).as("another patient's").isEmpty();
        data.signIn(therapist);
        assertThat(careTeam.therapistOf(patient.id())).as("asked by a therapist").isEmpty();

        assertThatThrownBy(() -> outbox.newest(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        data.signIn(patient);
        assertThatThrownBy(() -> outbox.newest(0, 10)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
