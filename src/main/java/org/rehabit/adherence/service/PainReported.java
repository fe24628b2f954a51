package org.rehabit.adherence.service;

import java.time.LocalDate;

/**
 * The patient gave their pain before or after a session of a day (either may be null: not given this time). The
 * day's roll-up already includes it.
 */
public record PainReported(long patientId, LocalDate day, Integer before, Integer after) {
}
