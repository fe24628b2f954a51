package org.rehabit.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.notifications.domain.OutboxStatus;
import org.rehabit.notifications.service.InvitationMails;
import org.rehabit.notifications.service.OutboxWorker;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.patients.service.Intake;
import org.rehabit.patients.service.PatientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An address the mail server refuses (no such mailbox) fails at once, not after five hours of retries: the
 * therapist sees on the patient's page that the invitation could not be e-mailed, and why.
 */
@IntegrationTest
class RefusedAddressTest {

    static final RefusingMailServer SERVER = new RefusingMailServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SERVER::port);
    }

    @Autowired
    OutboxWorker worker;
    @Autowired
    PatientService patients;
    @Autowired
    InvitationMails invitationMails;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @AfterAll
    static void stop() throws Exception {
        SERVER.close();
    }

    @Test
    void an_invitation_to_a_refused_address_fails_at_once_and_the_therapist_sees_it() {
        var therapist = data.therapist();
        data.signIn(therapist);
        var added = patients.add("Tim Typo", "tim.typo." + therapist.id() + "@example.org",
                new Intake(null, ComplaintRegion.NECK, null, null));

        worker.sendDue();

        var status = invitationMails.latest(added.id()).orElseThrow();
        assertThat(status.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(status.attempts()).isOne();
        assertThat(status.lastError()).isEqualTo("the mail server refused the address: 550 5.1.1 No such mailbox");
    }
}
