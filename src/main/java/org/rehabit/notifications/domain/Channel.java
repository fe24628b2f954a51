package org.rehabit.notifications.domain;

/** How a message reaches someone: by e-mail, or by Web Push to one of their devices. */
public enum Channel {
    EMAIL, PUSH
}
