package org.rehabit.adherence.service;

import java.time.LocalDate;

/** Pain during an exercise met the stop rule (the exercise's {@link org.rehabit.prescriptions.domain.StopRule}). */
public record StopRuleMet(long patientId, LocalDate day, long exerciseId, String exerciseName, int pain) {
}
