package org.rehabit.progress.domain;

import java.time.LocalDate;
import org.rehabit.adherence.domain.Adherence;

/** Adherence over the week starting on {@code monday}. */
public record WeekAdherence(LocalDate monday, Adherence adherence) {
}
