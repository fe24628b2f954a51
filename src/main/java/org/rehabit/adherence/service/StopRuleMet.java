package org.rehabit.adherence.service;

import java.time.LocalDate;

/** Pain during an exercise met the stop rule ({@link org.rehabit.adherence.domain.PainScale#mustStop}). */
public record StopRuleMet(long patientId, LocalDate day, long exerciseId, String exerciseName, int pain) {
}
