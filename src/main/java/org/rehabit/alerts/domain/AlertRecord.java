package org.rehabit.alerts.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the therapist should look at: first raised at {@code raisedAt}, for {@code times} episodes of its
 * condition since (the latest one starting on {@code episode}), last seen on {@code day} with {@code detail}; then
 * perhaps acknowledged, and resolved with a note. {@code exerciseId}: the exercise it is about (the stop rule's), or
 * null.
 */
public record AlertRecord(long id, long patientId, AlertKind kind, LocalDate day, LocalDate episode, String detail,
        Long exerciseId, Instant raisedAt, int times, Instant acknowledgedAt, Instant resolvedAt,
        String resolutionNote) {

    public static final int NOTE_MAX_LENGTH = 1000;

    public boolean open() {
        return resolvedAt == null;
    }
}
