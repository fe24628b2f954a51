package org.rehabit.adherence.service;

import java.time.LocalDate;

/** The patient answered "yes" to a red-flag question on a day: severe neck pain, or new arm or hand symptoms. */
public record RedFlagReported(long patientId, LocalDate day, boolean severeNeckPain, boolean armSymptoms) {
}
