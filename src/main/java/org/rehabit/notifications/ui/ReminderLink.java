package org.rehabit.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.rehabit.base.ui.TodayLink;
import org.rehabit.notifications.service.MyNotifications;
import org.springframework.core.annotation.Order;

/** On the patient's day: their reminder time, or an offer to set one, leading to the notification settings. */
@org.springframework.stereotype.Component
@Order(2)
class ReminderLink implements TodayLink {

    private final MyNotifications notifications;

    ReminderLink(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        var link = new RouterLink("", NotificationSettingsView.class);
        var setting = notifications.current();
        link.setText(setting.reminders()
                ? link.getTranslation("notifications.today.on", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(UI.getCurrent().getLocale()).format(setting.reminderTime()))
                : link.getTranslation("notifications.today.off"));
        link.addClassName("reminder-link");
        return link;
    }
}
