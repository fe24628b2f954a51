package org.rehabit.notifications.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.time.Clock;
import java.time.LocalTime;
import java.util.EnumMap;
import org.rehabit.base.service.Problem;
import org.rehabit.notifications.domain.NotificationSetting;
import org.rehabit.notifications.domain.NotificationSettings;
import org.rehabit.notifications.domain.PushSubscriptions;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own notification settings. Exercise reminders are for patients, the daily digest of new
 * alerts for therapists; each is off until its holder turns it on. Quiet hours hold reminders back, never a red flag.
 * E-mail can be turned off only with a device that has notifications on.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyNotifications {

    /** The fields a refusal points at. */
    public enum SettingField {
        REMINDER_TIME, SECOND_REMINDER_TIME, QUIET_FROM, QUIET_UNTIL, EMAIL
    }

    private final NotificationSettings settings;
    private final PushSubscriptions devices;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LocalTime defaultTime;
    private final LocalTime defaultSecondTime;

    MyNotifications(NotificationSettings settings, PushSubscriptions devices, CurrentUser currentUser, Clock clock,
            @Value("${rehabit.reminders.default-time:18:00}") String defaultTime,
            @Value("${rehabit.reminders.default-second-time:20:00}") String defaultSecondTime) {
        this.settings = settings;
        this.devices = devices;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultTime = LocalTime.parse(defaultTime);
        this.defaultSecondTime = LocalTime.parse(defaultSecondTime);
    }

    /** The saved settings, or the defaults (nothing on, the clinic's reminder times offered). */
    @Transactional(readOnly = true)
    public NotificationSetting current() {
        return settings.find(currentUser.require().accountId())
                .orElse(new NotificationSetting(false, defaultTime, null, null, null, false, true));
    }

    /** The second reminder time offered when a patient turns it on. */
    public LocalTime defaultSecondTime() {
        return defaultSecondTime;
    }

    public void save(NotificationSetting setting) {
        var me = currentUser.require();
        var patient = me.role() == Role.PATIENT;
        var kept = new NotificationSetting(patient && setting.reminders(), setting.reminderTime(),
                setting.secondReminderTime(), setting.quietFrom(), setting.quietUntil(),
                me.role() == Role.THERAPIST && setting.dailyDigest(), setting.email());
        var problems = problems(kept);
        if (!kept.email() && devices.ofAccount(me.accountId()).isEmpty()) {
            problems.put(SettingField.EMAIL, Problem.of("notifications.email.needs-device"));
        }
        rejectIfAny(problems);
        settings.save(me.accountId(), kept, clock.instant());
    }

    private static EnumMap<SettingField, Problem> problems(NotificationSetting setting) {
        var problems = new EnumMap<SettingField, Problem>(SettingField.class);
        if (setting.reminderTime() == null) {
            problems.put(SettingField.REMINDER_TIME, Problem.of("notifications.time.required"));
        } else if (setting.secondReminderTime() != null
                && !setting.secondReminderTime().isAfter(setting.reminderTime())) {
            problems.put(SettingField.SECOND_REMINDER_TIME, Problem.of("notifications.second.after-first"));
        }
        if ((setting.quietFrom() == null) != (setting.quietUntil() == null)) {
            problems.put(setting.quietFrom() == null ? SettingField.QUIET_FROM : SettingField.QUIET_UNTIL,
                    Problem.of("notifications.quiet.both"));
        } else if (setting.quietFrom() != null && setting.quietFrom().equals(setting.quietUntil())) {
            problems.put(SettingField.QUIET_UNTIL, Problem.of("notifications.quiet.empty"));
        } else if (setting.reminders() && problems.isEmpty()) {
            if (setting.quietAt(setting.reminderTime())) {
                problems.put(SettingField.REMINDER_TIME, Problem.of("notifications.time.in-quiet-hours"));
            }
            if (setting.secondReminderTime() != null && setting.quietAt(setting.secondReminderTime())) {
                problems.put(SettingField.SECOND_REMINDER_TIME, Problem.of("notifications.time.in-quiet-hours"));
            }
        }
        return problems;
    }
}
