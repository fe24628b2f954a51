package org.rehabit.adherence.service;

import java.time.LocalDate;
import java.util.List;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.ExerciseHistory;

/** A patient's record over a period, day by day and exercise by exercise, and the current streak. */
public record History(LocalDate from, LocalDate to, List<DayResult> days, Adherence total, int streak,
        List<ExerciseHistory> exercises) {
}
