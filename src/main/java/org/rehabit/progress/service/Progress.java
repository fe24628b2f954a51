package org.rehabit.progress.service;

import java.time.LocalDate;
import java.util.List;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.progress.domain.ExerciseFigures;
import org.rehabit.progress.domain.WeekAdherence;

/** A patient's progress over a range: adherence by week, pain before and after by day, and each exercise. */
public record Progress(LocalDate from, LocalDate to, List<WeekAdherence> weeks, List<DayRow> painDays,
        List<ExerciseLine> exercises) {

    /** An exercise's name and figures. */
    public record ExerciseLine(String name, ExerciseFigures figures) {
    }
}
