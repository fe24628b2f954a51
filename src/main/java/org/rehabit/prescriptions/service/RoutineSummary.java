package org.rehabit.prescriptions.service;

import java.time.LocalDate;

/** One routine in a list: its current name and dates, how many versions it has had, and where it stands today. */
public record RoutineSummary(long id, String name, LocalDate startDate, LocalDate endDate, int versions,
        RoutineState state) {
}
