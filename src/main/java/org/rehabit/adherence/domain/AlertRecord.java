package org.rehabit.adherence.domain;

import java.time.Instant;
import java.time.LocalDate;

/** Something the therapist should look at, raised by what a patient reported. */
public record AlertRecord(long id, long patientId, AlertKind kind, LocalDate day, String detail, Instant raisedAt) {
}
