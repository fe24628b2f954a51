package org.rehabit.adherence.domain;

import java.time.LocalDate;

/** Adherence over the week starting on {@code monday}. */
public record WeekAdherence(LocalDate monday, Adherence adherence) {
}
