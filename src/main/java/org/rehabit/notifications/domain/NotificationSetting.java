package org.rehabit.notifications.domain;

import java.time.LocalTime;

/**
 * How one person wants to hear from the portal. Times are local times in the clinic's time zone; the second reminder
 * and quiet hours may be absent (null). Quiet hours may run past midnight (22:00 to 07:00). {@code email}: whether
 * notifications also go by e-mail when there is a device to push them to.
 */
public record NotificationSetting(boolean reminders, LocalTime reminderTime, LocalTime secondReminderTime,
        LocalTime quietFrom, LocalTime quietUntil, boolean dailyDigest, boolean email) {

    /** Whether nothing but attention notifications may be sent at this time of day. */
    public boolean quietAt(LocalTime time) {
        if (quietFrom == null || quietUntil == null) {
            return false;
        }
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
