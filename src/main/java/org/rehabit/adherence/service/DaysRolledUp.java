package org.rehabit.adherence.service;

import java.time.LocalDate;

/** The patient's roll-up ({@code adherence_day}) from {@code from} to {@code to} was worked out again. */
public record DaysRolledUp(long patientId, LocalDate from, LocalDate to) {
}
