package org.rehabit.adherence.service;

import java.time.LocalDate;
import org.rehabit.adherence.domain.Adherence;

/** One day in the history: adherence, the last pain score after exercising, and whether a red flag blocked it. */
public record DayResult(LocalDate day, Adherence adherence, Integer painAfter, boolean redFlag) {
}
