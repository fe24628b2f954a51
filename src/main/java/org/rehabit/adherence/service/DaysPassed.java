package org.rehabit.adherence.service;

import java.time.LocalDate;

/**
 * The days before {@code today} are over and rolled up (the nightly job, or demo history written): what happened,
 * and what did not, can be judged. {@code routineSince} is the first day of the earliest routine in force today,
 * null when none is.
 */
public record DaysPassed(long patientId, LocalDate today, LocalDate routineSince) {
}
