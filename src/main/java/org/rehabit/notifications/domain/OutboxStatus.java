package org.rehabit.notifications.domain;

/**
 * Where a message is: waiting (again) to be sent, sent to the mail server, kept in the dev outbox (no mail server
 * configured), or given up after every retry failed.
 */
public enum OutboxStatus {
    PENDING, SENT, KEPT, FAILED
}
