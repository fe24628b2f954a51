package org.rehabit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.alerts.service.AlertCounts;
import org.rehabit.notifications.domain.NotificationSetting;
import org.rehabit.notifications.service.DailyDigest;
import org.rehabit.notifications.service.MyNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The morning digest: counts of new and open alerts for therapists who asked, once a day, nothing on a quiet day. */
@IntegrationTest
class DailyDigestTest {

    @Autowired
    DailyDigest digest;
    @Autowired
    AlertCounts alertCounts;
    @Autowired
    MyNotifications settings;
    @Autowired
    PatientDayService days;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void a_therapist_who_asked_gets_the_counts_once_with_no_names() {
        var therapist = therapistWithDigest(true);
        var patient = patientWithRedFlag(therapist);

        sendDigests();
        sendDigests();

        assertThat(digests(therapist)).singleElement().satisfies(text -> assertThat(text)
                .contains("one new alert since yesterday morning", "one is open now", "/dashboard")
                .doesNotContain(patient.displayName()));
    }

    @Test
    void an_open_alert_raised_again_since_yesterday_counts_as_new() {
        var therapist = therapistWithDigest(true);
        var patient = data.patientOf(therapist);
        var today = LocalDate.now(clock);
        data.routine(patient, TestRoutines.daily(jdbc, today));
        jdbc.update("""
                insert into patient_alert (patient_id, kind, day, episode, raised_at)
                values (?, 'RED_FLAG', ?, ?, ?)""", patient.id(), today.minusDays(3), today.minusDays(3),
                OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(3)), ZoneOffset.UTC));
        data.as(patient, () -> days.checkIn(false, true));

        sendDigests();

        assertThat(digests(therapist)).singleElement()
                .satisfies(text -> assertThat(text).contains("one new alert since yesterday morning"));
    }

    @Test
    void none_for_a_therapist_who_did_not_ask_or_whose_patients_raised_nothing() {
        var without = therapistWithDigest(false);
        patientWithRedFlag(without);
        var quiet = therapistWithDigest(true);
        data.patientOf(quiet);

        sendDigests();

        assertThat(digests(without)).isEmpty();
        assertThat(digests(quiet)).isEmpty();
    }

    @Test
    void only_scheduled_work_counts_the_alerts_of_a_caseload() {
        var therapist = therapistWithDigest(true);
        data.signIn(therapist);

        assertThatThrownBy(() -> alertCounts.ofTherapists(List.of(therapist.id()), clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(digest::send).isInstanceOf(AccessDeniedException.class);
    }

    private TestAccount therapistWithDigest(boolean digestOn) {
        var therapist = data.therapist();
        data.as(therapist, () -> {
            settings.save(new NotificationSetting(false, LocalTime.of(18, 0), null, null, null, digestOn, true));
            return null;
        });
        return therapist;
    }

    private TestAccount patientWithRedFlag(TestAccount therapist) {
        var patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.as(patient, () -> days.checkIn(false, true));
        return patient;
    }

    private void sendDigests() {
        data.asSystem(digest::send);
    }

    private List<String> digests(TestAccount therapist) {
        return jdbc.queryForList("select subject || ' ' || body_text from outbox_message where recipient_id = ? "
                + "and kind = 'DIGEST'", String.class, therapist.id());
    }
}
