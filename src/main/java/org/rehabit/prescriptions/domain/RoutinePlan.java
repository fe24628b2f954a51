package org.rehabit.prescriptions.domain;

import java.time.LocalDate;
import java.util.List;

/** What a new routine version says, checked by the service before it becomes a {@link RoutineVersion}. */
public record RoutinePlan(LocalDate effectiveFrom, String name, LocalDate endDate, Schedule schedule,
        List<RoutineItem> items) {
}
