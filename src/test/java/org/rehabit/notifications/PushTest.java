package org.rehabit.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.notifications.domain.NotificationSetting;
import org.rehabit.notifications.service.MyDevices;
import org.rehabit.notifications.service.MyNotifications;
import org.rehabit.notifications.service.MyNotifications.SettingField;
import org.rehabit.notifications.service.OutboxWorker;
import org.rehabit.notifications.service.ReminderSweep;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Web Push through a stand-in push service that decrypts what it gets as the device would: a red flag reaches the
 * therapist's phone with no health details, signed with the portal's VAPID key; a device that is gone is removed; an
 * outage is retried; e-mail can be turned off only with a device; a device is only its owner's to turn off.
 */
@IntegrationTest
class PushTest {

    static final String ANDROID = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";

    @Autowired
    MyDevices devices;
    @Autowired
    MyNotifications settings;
    @Autowired
    OutboxWorker worker;
    @Autowired
    ReminderSweep reminders;
    @Autowired
    PatientDayService days;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    PushService pushService;
    TestAccount therapist;
    TestAccount patient;

    @BeforeEach
    void aTherapistWithAPhone() {
        pushService = new PushService();
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.signIn(therapist);
        var phone = pushService.device("therapist-" + therapist.id());
        devices.turnOn(phone.endpoint(), phone.p256dh(), phone.auth(), ANDROID);
    }

    @AfterEach
    void stop() {
        // nothing of this test is left for other tests' workers to send
        jdbc.update("update outbox_message set status = 'FAILED', last_error = 'test over' where status = 'PENDING'");
        pushService.close();
        data.signOut();
    }

    @Test
    void a_red_flag_reaches_the_therapists_phone_encrypted_signed_and_without_health_details() {
        data.signIn(patient);
        days.checkIn(false, true);

        worker.sendDue();

        assertThat(pushService.received).singleElement().satisfies(push -> {
            assertThat(push.text()).contains("\"title\":\"Rehabit\"", "A patient of yours needs attention")
                    .doesNotContain(patient.displayName(), "arm", "neck");
            assertThat(push.authorization()).startsWith("vapid t=").contains("k=" + devices.applicationServerKey());
            assertThat(push.encoding()).isEqualTo("aes128gcm");
        });
        assertThat(channels(therapist)).containsExactlyInAnyOrder("EMAIL", "PUSH");
        assertThat(jdbc.queryForObject("select address from outbox_message where recipient_id = ? and channel = 'PUSH'",
                String.class, therapist.id())).isEqualTo("Chrome on Android");
    }

    @Test
    void a_device_the_push_service_no_longer_knows_is_removed_and_not_tried_again() {
        pushService.status = 410;
        data.signIn(patient);
        days.checkIn(false, true);

        worker.sendDue();

        assertThat(jdbc.queryForObject("select count(*) from push_subscription where account_id = ?", Long.class,
                therapist.id())).isZero();
        assertThat(jdbc.queryForObject("select status from outbox_message where recipient_id = ? and channel = 'PUSH'",
                String.class, therapist.id())).isEqualTo("FAILED");
    }

    @Test
    void an_outage_of_the_push_service_is_retried_later() {
        pushService.status = 500;
        data.signIn(patient);
        days.checkIn(false, true);

        worker.sendDue();

        assertThat(jdbc.queryForMap("select status, attempts from outbox_message where recipient_id = ? "
                + "and channel = 'PUSH'", therapist.id())).containsEntry("status", "PENDING")
                .containsEntry("attempts", 1);
    }

    @Test
    void a_red_flag_is_e_mailed_too_when_e_mail_is_off_and_without_a_device_e_mail_cannot_be_turned_off() {
        settings.save(new NotificationSetting(false, LocalTime.of(18, 0), null, null, null, false, false));
        data.signIn(patient);
        days.checkIn(false, true);
        assertThat(channels(therapist)).as("a phone may be off: the e-mail goes as well")
                .containsExactlyInAnyOrder("EMAIL", "PUSH");

        assertThatThrownBy(() -> settings.save(new NotificationSetting(true, LocalTime.of(11, 0), null, null, null,
                false, false))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(SettingField.EMAIL));
    }

    @Test
    void a_patient_gets_reminders_on_the_phone() {
        data.signIn(patient);
        var phone = pushService.device("patient-" + patient.id());
        devices.turnOn(phone.endpoint(), phone.p256dh(), phone.auth(), ANDROID);
        settings.save(new NotificationSetting(true, LocalTime.of(11, 30), null, null, null, false, false));

        data.asSystem(reminders::sweep);
        worker.sendDue();

        assertThat(channels(patient)).containsExactly("PUSH");
        assertThat(pushService.received).singleElement()
                .satisfies(push -> assertThat(push.text()).contains("A few minutes for your exercises today?"));
    }

    @Test
    void a_device_is_turned_off_only_by_its_owner_and_bad_subscriptions_are_refused() {
        var phone = pushService.device("therapist-" + therapist.id());
        data.signIn(patient);
        devices.turnOff(phone.endpoint());
        assertThat(devices.isOn(phone.endpoint())).isFalse();
        data.signIn(therapist);
        assertThat(devices.isOn(phone.endpoint())).as("still on").isTrue();

        assertThatThrownBy(() -> devices.turnOn("javascript:alert(1)", phone.p256dh(), phone.auth(), ANDROID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> devices.turnOn("http://localhost/push/internal", phone.p256dh(), phone.auth(),
                ANDROID)).as("only the push services' hosts").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> devices.turnOn(phone.endpoint() + "x", "not-a-key", phone.auth(), ANDROID))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> devices.turnOn(phone.endpoint() + "x", phone.p256dh(), phone.p256dh(), ANDROID))
                .isInstanceOf(IllegalArgumentException.class);

        devices.turnOff(phone.endpoint());
        assertThat(devices.isOn(phone.endpoint())).isFalse();
    }

    @Test
    void a_person_keeps_the_ten_newest_devices() {
        for (int i = 0; i < MyDevices.MAX_DEVICES + 2; i++) {
            var device = pushService.device("spare-" + therapist.id() + "-" + i);
            devices.turnOn(device.endpoint(), device.p256dh(), device.auth(), ANDROID);
        }

        assertThat(jdbc.queryForObject("select count(*) from push_subscription where account_id = ?", Long.class,
                therapist.id())).isEqualTo(MyDevices.MAX_DEVICES);
        assertThat(devices.isOn(pushService.device("spare-" + therapist.id() + "-" + (MyDevices.MAX_DEVICES + 1))
                .endpoint())).isTrue();
    }

    @Test
    void the_vapid_key_pair_is_made_once_and_kept() {
        var key = devices.applicationServerKey();

        assertThat(jdbc.queryForObject("select count(*) from vapid_key", Long.class)).isOne();
        assertThat(devices.applicationServerKey()).isEqualTo(key).hasSize(87);
    }

    private List<String> channels(TestAccount someone) {
        return jdbc.queryForList("select channel from outbox_message where recipient_id = ? and kind = ?",
                String.class, someone.id(), someone == therapist ? "ATTENTION" : "REMINDER");
    }
}
