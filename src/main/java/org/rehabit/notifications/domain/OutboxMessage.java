package org.rehabit.notifications.domain;

import java.time.Instant;

/**
 * A message in the outbox: to whom, what, and how far its delivery got. For push, {@code address} names the device,
 * {@code subject} and {@code bodyText} are the notification's title and text, and the device may be gone (null).
 * Sent, error and expiry (after which it is not worth sending) may be null.
 */
public record OutboxMessage(long id, String kind, Channel channel, Long pushSubscriptionId, String address,
        String subject, String bodyText, String bodyHtml, OutboxStatus status, int attempts, Instant createdAt,
        Instant sentAt, String lastError, Instant expiresAt) {

    /** The same message without its text (what admins see when a real mail server is configured). */
    public OutboxMessage withoutText() {
        return new OutboxMessage(id, kind, channel, pushSubscriptionId, address, subject, "", "", status, attempts,
                createdAt, sentAt, lastError, expiresAt);
    }
}
