package org.rehabit.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.notifications.service.MyNotifications;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notification settings page: a patient turns reminders on; a bad time is refused beside its field. */
class NotificationSettingsViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    MyNotifications settings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_patient_turns_reminders_on_with_a_second_one_and_quiet_hours() {
        data.signIn(data.patientOf(data.therapist()));
        open("account/notifications");
        assertThat(picker("Remind me at").isEnabled()).as("off until turned on").isFalse();

        test(checkbox("Remind me to exercise")).click();
        test(picker("Remind me at")).setValue(LocalTime.of(17, 30));
        test(checkbox("Remind me once more if I still have not started")).click();
        test(checkbox("Quiet hours: no reminders between")).click();
        test(picker("From")).setValue(LocalTime.of(22, 0));
        test(picker("Until")).setValue(LocalTime.of(7, 0));
        test($(Button.class).withText("Save").single()).click();

        var saved = settings.current();
        assertThat(saved.reminders()).isTrue();
        assertThat(saved.reminderTime()).isEqualTo(LocalTime.of(17, 30));
        assertThat(saved.secondReminderTime()).as("the clinic's default").isEqualTo(LocalTime.of(20, 0));
        assertThat(saved.quietFrom()).isEqualTo(LocalTime.of(22, 0));
        assertThat($(Checkbox.class).withCaption("Each morning, e-mail me a summary of new alerts").exists())
                .as("the digest is for therapists").isFalse();
    }

    @Test
    void the_patients_day_offers_a_reminder_and_then_shows_its_time() {
        var patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.signIn(patient);
        open("today");
        assertThat(reminderLink().getText()).isEqualTo("Get a daily reminder");

        test(reminderLink()).click();
        test(checkbox("Remind me to exercise")).click();
        test(picker("Remind me at")).setValue(LocalTime.of(17, 30));
        test($(Button.class).withText("Save").single()).click();
        open("today");

        assertThat(reminderLink().getText()).isEqualTo("Reminder at 5:30\u202fPM");
    }

    private RouterLink reminderLink() {
        return $(RouterLink.class).withClassName("reminder-link").single();
    }

    @Test
    void a_time_in_the_quiet_hours_is_refused_beside_it_and_nothing_is_saved() {
        data.signIn(data.patientOf(data.therapist()));
        open("account/notifications");
        test(checkbox("Remind me to exercise")).click();
        test(picker("Remind me at")).setValue(LocalTime.of(23, 0));
        test(checkbox("Quiet hours: no reminders between")).click();
        test(picker("From")).setValue(LocalTime.of(22, 0));
        test(picker("Until")).setValue(LocalTime.of(7, 0));
        test($(Button.class).withText("Save").single()).click();

        assertThat(picker("Remind me at").isInvalid()).isTrue();
        assertThat(picker("Remind me at").getErrorMessage()).contains("quiet hours");
        assertThat(settings.current().reminders()).isFalse();
    }

    @Test
    void a_therapist_turns_the_daily_digest_on() {
        data.signIn(data.therapist());
        open("account/notifications");
        assertThat($(Checkbox.class).withCaption("Remind me to exercise").exists()).isFalse();

        test($(Checkbox.class).withCaption("Each morning, e-mail me a summary of new alerts").single()).click();
        test($(Button.class).withText("Save").single()).click();

        assertThat(settings.current().dailyDigest()).isTrue();
    }

    private Checkbox checkbox(String caption) {
        return $(Checkbox.class).withCaption(caption).single();
    }

    private TimePicker picker(String label) {
        return $(TimePicker.class).withCaption(label).single();
    }
}
