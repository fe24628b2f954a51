package org.rehabit.adherence.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What the patient recorded for one prescribed exercise in one session. */
public record LogRecord(long itemId, LocalDate day, int round, LogStatus status, Part part,
        SkipReason skipReason, Integer pain, Difficulty difficulty, boolean painFlag, Instant recordedAt) {
}
