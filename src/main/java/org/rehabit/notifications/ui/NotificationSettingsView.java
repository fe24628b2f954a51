package org.rehabit.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.notifications.domain.NotificationSetting;
import org.rehabit.notifications.service.MyDevices;
import org.rehabit.notifications.service.MyNotifications;
import org.rehabit.notifications.service.MyNotifications.SettingField;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Role;

/**
 * Each person's notification settings: a patient's exercise reminders (time, a second one, quiet hours), a
 * therapist's daily digest and what always reaches them; for both, notifications on this device and e-mail.
 */
@Route("account/notifications")
@Menu(title = "nav.notifications", order = 94, icon = "vaadin:bell")
@RolesAllowed({AppRoles.PATIENT, AppRoles.THERAPIST})
class NotificationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final Checkbox reminders = new Checkbox(getTranslation("notifications.reminders"));
    private final TimePicker reminderTime = time("notifications.reminder-time");
    private final Checkbox again = new Checkbox(getTranslation("notifications.again"));
    private final TimePicker secondTime = time("notifications.second-time");
    private final Checkbox quiet = new Checkbox(getTranslation("notifications.quiet"));
    private final TimePicker quietFrom = time("notifications.quiet-from");
    private final TimePicker quietUntil = time("notifications.quiet-until");
    private final Checkbox digest = new Checkbox(getTranslation("notifications.digest"));
    private final Checkbox email = new Checkbox(getTranslation("notifications.email"));

    NotificationSettingsView(MyNotifications notifications, MyDevices devices, CurrentUser currentUser) {
        setMaxWidth("32rem");
        add(new ViewHeader(getTranslation("notifications.title")));
        var setting = notifications.current();
        reminders.setValue(setting.reminders());
        reminderTime.setValue(setting.reminderTime());
        again.setValue(setting.secondReminderTime() != null);
        secondTime.setValue(setting.secondReminderTime() != null ? setting.secondReminderTime()
                : notifications.defaultSecondTime());
        quiet.setValue(setting.quietFrom() != null);
        quietFrom.setValue(setting.quietFrom());
        quietUntil.setValue(setting.quietUntil());
        digest.setValue(setting.dailyDigest());
        email.setValue(setting.email());
        email.setHelperText(getTranslation("notifications.email.help"));
        if (currentUser.require().role() == Role.PATIENT) {
            add(new H2(getTranslation("notifications.reminders.title")),
                    new Paragraph(getTranslation("notifications.reminders.intro")), reminders, reminderTime, again,
                    secondTime, quiet, quietFrom, quietUntil);
        } else {
            add(new Paragraph(getTranslation("notifications.attention.intro")), digest);
        }
        add(new DevicePush(devices), email);
        var errors = new FieldErrors(this).bind(SettingField.REMINDER_TIME, reminderTime)
                .bind(SettingField.SECOND_REMINDER_TIME, secondTime).bind(SettingField.QUIET_FROM, quietFrom)
                .bind(SettingField.QUIET_UNTIL, quietUntil).bind(SettingField.EMAIL, email);
        var save = new Button(getTranslation("notifications.save"), click -> {
            if (errors.submit(() -> notifications.save(entered()))) {
                Notifications.success(getTranslation("notifications.saved"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
        reminders.addValueChangeListener(change -> enable());
        again.addValueChangeListener(change -> enable());
        quiet.addValueChangeListener(change -> enable());
        enable();
    }

    private NotificationSetting entered() {
        return new NotificationSetting(reminders.getValue(), reminderTime.getValue(),
                again.getValue() ? secondTime.getValue() : null, quiet.getValue() ? quietFrom.getValue() : null,
                quiet.getValue() ? quietUntil.getValue() : null, digest.getValue(), email.getValue());
    }

    private void enable() {
        reminderTime.setEnabled(reminders.getValue());
        again.setEnabled(reminders.getValue());
        secondTime.setEnabled(reminders.getValue() && again.getValue());
        quietFrom.setEnabled(quiet.getValue());
        quietUntil.setEnabled(quiet.getValue());
    }

    private TimePicker time(String labelKey) {
        var picker = new TimePicker(getTranslation(labelKey));
        picker.setStep(Duration.ofMinutes(15));
        picker.setWidthFull();
        return picker;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
