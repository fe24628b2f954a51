package org.rehabit.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.notifications.service.OutboxLog;
import org.rehabit.notifications.service.OutboxWorker;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.patients.service.Intake;
import org.rehabit.patients.service.PatientService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through the outbox to a real SMTP server in this JVM (GreenMail): a red flag reaches the therapist with no
 * health details, once; a server that is down delays the mail and loses nothing; two workers never send one twice.
 */
@IntegrationTest
class OutboxTest {

    static final int PORT = freePort();
    static GreenMail smtp = started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    OutboxWorker worker;
    @Autowired
    PatientDayService days;
    @Autowired
    PatientService patients;
    @Autowired
    OutboxLog outbox;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestAccount therapist;
    TestAccount patient;

    @BeforeEach
    void aPatientWithARoutine() throws Exception {
        if (!smtp.isRunning()) {
            smtp = started();
        }
        smtp.purgeEmailFromAllMailboxes();
        sendEverythingPending();
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.signIn(patient);
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void a_red_flag_reaches_the_therapist_once_with_a_link_and_no_health_details() throws Exception {
        days.checkIn(false, true);
        days.checkIn(true, true);

        assertThat(worker.sendDue()).isEqualTo(1);

        var received = smtp.getReceivedMessagesForDomain(therapist.email());
        assertThat(received).hasSize(1);
        var mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Rehabit: a patient of yours needs attention");
        var body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("http://localhost:8080/dashboard").doesNotContain(patient.displayName(),
                patient.username(), "arm", "neck");
        assertThat(mail.getContentType()).startsWith("multipart/");
        assertThat(status(patient)).isEqualTo("SENT");
    }

    @Test
    void an_invitation_is_delivered_and_its_link_is_not_kept_once_sent() throws Exception {
        data.signIn(therapist);
        var added = patients.add("Ines Invited", "ines." + therapist.id() + "@example.org",
                new Intake(null, ComplaintRegion.NECK, null, null));

        worker.sendDue();

        var received = smtp.getReceivedMessagesForDomain("ines." + therapist.id() + "@example.org");
        assertThat(received).hasSize(1);
        assertThat(GreenMailUtil.getBody(received[0])).contains("/activate/" + added.activationToken());
        assertThat(jdbc.queryForObject("select body_text || body_html from outbox_message where recipient_id = ?",
                String.class, added.id())).isEmpty();

        data.signIn(data.admin());
        assertThat(outbox.isDevOutbox()).isFalse();
        assertThat(outbox.newest(0, 50)).isNotEmpty().allSatisfy(message -> assertThat(message.bodyText())
                .as("with a mail server, admins see who and what, not the text").isEmpty());
    }

    @Test
    void a_mail_server_that_is_down_delays_the_mail_and_loses_nothing() throws Exception {
        smtp.stop();
        days.checkIn(false, true);

        worker.sendDue();

        assertThat(status(patient)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select attempts from outbox_message where dedup_key like ?", Integer.class,
                "attention:" + patient.id() + ":%")).isEqualTo(1);
        assertThat(worker.sendDue()).as("not due again for a minute").isZero();

        smtp = started();
        // the minute passes
        jdbc.update("update outbox_message set next_attempt_at = next_attempt_at - interval '1 minute' "
                + "where dedup_key like ?", "attention:" + patient.id() + ":%");
        worker.sendDue();

        assertThat(status(patient)).isEqualTo("SENT");
        assertThat(smtp.getReceivedMessagesForDomain(therapist.email())).hasSize(1);
    }

    @Test
    void two_workers_at_once_send_each_mail_exactly_once() throws Exception {
        var patients = data.patientsOf(therapist, 30);
        for (var each : patients) {
            data.signIn(each);
            data.routine(each, TestRoutines.daily(jdbc, LocalDate.now(clock)));
            days.checkIn(false, true);
        }
        data.signOut();

        Callable<Integer> drain = () -> {
            var total = 0;
            for (var sent = worker.sendDue(); sent > 0; sent = worker.sendDue()) {
                total += sent;
            }
            return total;
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(drain);
            var second = pool.submit(drain);
            assertThat(first.get() + second.get()).isEqualTo(30);
        }

        assertThat(smtp.getReceivedMessagesForDomain(therapist.email())).hasSize(30);
    }

    private String status(TestAccount patient) {
        return jdbc.queryForObject("select status from outbox_message where dedup_key like ?", String.class,
                "attention:" + patient.id() + ":%");
    }

    private void sendEverythingPending() {
        while (worker.sendDue() > 0) {
            // earlier tests' mail, so each test counts its own
        }
    }

    private static GreenMail started() {
        var server = new GreenMail(new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
