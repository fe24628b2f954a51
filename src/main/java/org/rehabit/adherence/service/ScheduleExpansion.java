package org.rehabit.adherence.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/**
 * Which days a routine is due, from its versions. A version is in force from its date until the next version's
 * date or its own end date. On fixed weekdays the routine is due on those weekdays. With "N days a week" the patient
 * picks the days: a day they were active counts as due, and each week whose N days can no longer be reached also
 * counts the missing days, on the latest days before today that they were not active.
 */
final class ScheduleExpansion {

    private ScheduleExpansion() {
    }

    /** A routine due on a day, with the version to follow. */
    record Due(LocalDate day, long routineId, VersionDetails version) {

        /** Scheduled occurrences that day: each exercise (advice is read, not done) once per time a day. */
        int occurrences() {
            return checkable(version).size() * version.schedule().timesPerDay();
        }
    }

    /** The exercises of a version a patient checks off; advice items are shown but not logged. */
    static List<ItemDetails> checkable(VersionDetails version) {
        return version.items().stream().filter(item -> item.exercise().kind() == ExerciseKind.EXERCISE).toList();
    }

    /** The version in force on a day, if the routine has started and not ended by then. */
    static Optional<VersionDetails> inForce(RoutineDetails routine, LocalDate day) {
        return routine.versions().reversed().stream().filter(v -> !v.effectiveFrom().isAfter(day)).findFirst()
                .filter(v -> v.endDate() == null || !day.isAfter(v.endDate()));
    }

    /** Whether the routine is due on a day of fixed weekdays, or may be done that day when the patient picks. */
    static boolean offeredOn(VersionDetails version, LocalDate day) {
        var schedule = version.schedule();
        return !schedule.fixedDays() || schedule.weekdays().contains(day.getDayOfWeek());
    }

    /** The days from {@code from} to {@code to} on which the routine counts as due, in date order. */
    static List<Due> dueDays(RoutineDetails routine, LocalDate from, LocalDate to, LocalDate today,
            Set<LocalDate> activeDays) {
        var due = new ArrayList<Due>();
        for (var monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            due.addAll(week(routine, monday, today, activeDays));
        }
        return due.stream().filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .sorted(Comparator.comparing(Due::day)).toList();
    }

    private static List<Due> week(RoutineDetails routine, LocalDate monday, LocalDate today,
            Set<LocalDate> activeDays) {
        var due = new ArrayList<Due>();
        var pickable = new ArrayList<Due>();
        for (var day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            var date = day;
            inForce(routine, day).ifPresent(version -> {
                var candidate = new Due(date, routine.id(), version);
                if (version.schedule().fixedDays()) {
                    if (offeredOn(version, date)) {
                        due.add(candidate);
                    }
                } else if (activeDays.contains(date)) {
                    due.add(candidate);
                    pickable.add(candidate);
                } else {
                    pickable.add(candidate);
                }
            });
        }
        if (pickable.isEmpty()) {
            return due;
        }
        var perWeek = Math.min(pickable.getLast().version().schedule().daysPerWeek(), pickable.size());
        var active = pickable.stream().filter(d -> activeDays.contains(d.day())).count();
        var stillOpen = pickable.stream().filter(d -> !d.day().isBefore(today) && !activeDays.contains(d.day()))
                .count();
        var missed = perWeek - active - stillOpen;
        var idle = pickable.reversed().stream()
                .filter(d -> d.day().isBefore(today) && !activeDays.contains(d.day())).iterator();
        for (long i = 0; i < missed && idle.hasNext(); i++) {
            due.add(idle.next());
        }
        return due;
    }
}
