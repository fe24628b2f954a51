package org.rehabit.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The toasts of the application, one look for each purpose. Texts are translated by the caller. */
public final class Notifications {

    /** Errors stay longer, in the middle, where a patient on a phone sees them. */
    static final int ERROR_MILLIS = 6000;
    /** Safety notes stay longest: a therapist must not miss them. */
    static final int CAUTION_MILLIS = 8000;

    private Notifications() {
    }

    public static void info(String text) {
        Notification.show(text);
    }

    public static void success(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void warning(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** A safety note about what was just done (an exercise to take care with). */
    public static void caution(String text) {
        Notification.show(text, CAUTION_MILLIS, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** Something was refused or failed: nothing was saved. */
    public static void error(String text) {
        Notification.show(text, ERROR_MILLIS, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
