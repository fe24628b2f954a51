package org.rehabit.adherence.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the therapist should look at, raised by what a patient reported: first raised at {@code raisedAt}, met
 * {@code times} times since, the latest on {@code day} with {@code detail}.
 */
public record AlertRecord(long id, long patientId, AlertKind kind, LocalDate day, String detail, Instant raisedAt,
        int times) {
}
