package org.rehabit.progress.domain;

import org.rehabit.adherence.domain.Adherence;
import java.time.LocalDate;

/** Adherence over the week starting on {@code monday}. */
public record WeekAdherence(LocalDate monday, Adherence adherence) {
}
