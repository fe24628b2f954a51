package org.rehabit.adherence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/**
 * Which days a routine is due, from its versions. A version is in force from its date until the next version's
 * date or its own end date; a day the patient already recorded against a version keeps that version, even if a new
 * one takes effect the same day. On fixed weekdays the routine is due on those weekdays. With "N days a week" the
 * patient picks the days: a day they did exercises counts as due, and each week whose days can no longer reach its
 * share of N (N for a whole week, fewer for a week the routine only partly covers) also counts the missing days, on
 * the latest days before today that they did not exercise. A day blocked by a red flag is never due.
 */
public final class ScheduleExpansion {

    private ScheduleExpansion() {
    }

    /** A routine due on a day, with the version to follow. */
    public record Due(LocalDate day, long routineId, VersionDetails version) {

        /** Scheduled occurrences that day: each exercise (advice is read, not done) once per time a day. */
        int occurrences() {
            return checkable(version).size() * version.schedule().timesPerDay();
        }
    }

    /**
     * What the patient did, as the expansion needs it: days with an exercise done or partly done, the items with
     * anything recorded on each day, and days blocked by a red flag.
     */
    record Activity(Set<LocalDate> activeDays, Map<LocalDate, Set<Long>> loggedItems, Set<LocalDate> redFlagDays) {

        static final Activity NONE = new Activity(Set.of(), Map.of(), Set.of());
    }

    /** The exercises of a version a patient checks off; advice items are shown but not logged. */
    public static List<ItemDetails> checkable(VersionDetails version) {
        return version.items().stream().filter(item -> item.exercise().kind() == ExerciseKind.EXERCISE).toList();
    }

    /** The version in force on a day, if the routine has started and not ended by then. */
    public static Optional<VersionDetails> inForce(RoutineDetails routine, LocalDate day) {
        return routine.versions().reversed().stream().filter(v -> !v.effectiveFrom().isAfter(day)).findFirst()
                .filter(v -> v.endDate() == null || !day.isAfter(v.endDate()));
    }

    /** The version to follow on a day: the newest one the patient recorded against that day, or the one in force. */
    public static Optional<VersionDetails> toFollow(RoutineDetails routine, LocalDate day, Set<Long> loggedItems) {
        return routine.versions().reversed().stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .filter(v -> v.items().stream().anyMatch(item -> loggedItems.contains(item.id()))).findFirst()
                .or(() -> inForce(routine, day));
    }

    /** Whether the routine is due on a day of fixed weekdays, or may be done that day when the patient picks. */
    public static boolean offeredOn(VersionDetails version, LocalDate day) {
        var schedule = version.schedule();
        return !schedule.fixedDays() || schedule.weekdays().contains(day.getDayOfWeek());
    }

    /** The days from {@code from} to {@code to} on which the routine counts as due, in date order. */
    static List<Due> dueDays(RoutineDetails routine, LocalDate from, LocalDate to, LocalDate today,
            Activity activity) {
        var due = new ArrayList<Due>();
        for (var monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            due.addAll(week(routine, monday, today, activity));
        }
        return due.stream().filter(d -> !d.day().isBefore(from) && !d.day().isAfter(to))
                .sorted(Comparator.comparing(Due::day)).toList();
    }

    private static List<Due> week(RoutineDetails routine, LocalDate monday, LocalDate today, Activity activity) {
        var due = new ArrayList<Due>();
        var pickable = new ArrayList<Due>();
        for (var day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            if (activity.redFlagDays().contains(day)) {
                continue;
            }
            var date = day;
            toFollow(routine, day, activity.loggedItems().getOrDefault(day, Set.of())).ifPresent(version -> {
                var candidate = new Due(date, routine.id(), version);
                if (version.schedule().fixedDays()) {
                    if (offeredOn(version, date)) {
                        due.add(candidate);
                    }
                } else {
                    pickable.add(candidate);
                    if (activity.activeDays().contains(date)) {
                        due.add(candidate);
                    }
                }
            });
        }
        if (pickable.isEmpty()) {
            return due;
        }
        var perWeek = pickable.getLast().version().schedule().daysPerWeek();
        var share = Math.min(perWeek, (int) Math.ceil(perWeek * pickable.size() / 7.0));
        var active = pickable.stream().filter(d -> activity.activeDays().contains(d.day())).count();
        var stillOpen = pickable.stream()
                .filter(d -> !d.day().isBefore(today) && !activity.activeDays().contains(d.day())).count();
        var idle = pickable.reversed().stream()
                .filter(d -> d.day().isBefore(today) && !activity.activeDays().contains(d.day())).iterator();
        for (long missed = share - active - stillOpen; missed > 0 && idle.hasNext(); missed--) {
            due.add(idle.next());
        }
        return due;
    }
}
