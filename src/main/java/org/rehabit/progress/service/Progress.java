package org.rehabit.progress.service;

import java.time.LocalDate;
import java.util.List;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.progress.domain.ExerciseFigures;
import org.rehabit.progress.domain.WeekAdherence;

/**
 * A patient's progress over a range: adherence by week, each day with something due or recorded (oldest first), and
 * each exercise.
 */
public record Progress(LocalDate from, LocalDate to, List<WeekAdherence> weeks, List<DayRow> days,
        List<ExerciseFigures> exercises) {

    /** The days with pain before or after. */
    public List<DayRow> painDays() {
        return days.stream().filter(day -> day.painBefore() != null || day.painAfter() != null).toList();
    }
}
