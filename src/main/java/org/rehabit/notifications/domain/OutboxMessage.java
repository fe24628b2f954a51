package org.rehabit.notifications.domain;

import java.time.Instant;

/** A message in the outbox: to whom, what, and how far its delivery got. Sent and error may be null. */
public record OutboxMessage(long id, String kind, String address, String subject, String bodyText, String bodyHtml,
        OutboxStatus status, int attempts, Instant createdAt, Instant sentAt, String lastError) {
}
