package org.rehabit.prescriptions.service;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rehabit.base.service.Problem;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.RoutineItem;
import org.rehabit.prescriptions.domain.RoutineVersion;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.domain.StopRule;

/**
 * The checks on a routine before it is saved. Each broken rule maps a field (or an item's field) to a message key;
 * the same ranges are also database constraints.
 */
final class RoutineRules {

    /** How far ahead a routine may start: further is almost always a typing error in the year. */
    static final int MAX_DAYS_AHEAD = 366;

    private final Map<Long, ExerciseInstructions> exercises;
    private final Set<Long> alreadyPrescribed;
    private final Map<RoutineField, Problem> problems = new EnumMap<>(RoutineField.class);
    private final Map<Integer, Map<ItemField, Problem>> itemProblems = new HashMap<>();

    /**
     * @param exercises the catalog items the draft names
     * @param alreadyPrescribed exercises in the routine's latest version, which may stay even if retired since
     */
    RoutineRules(Map<Long, ExerciseInstructions> exercises, Set<Long> alreadyPrescribed) {
        this.exercises = exercises;
        this.alreadyPrescribed = alreadyPrescribed;
    }

    /**
     * Throws with every problem found. {@code earliest} is today for a new routine; for a new version it is today or
     * the latest version's date, whichever is later.
     */
    void check(RoutineDraft draft, LocalDate today, LocalDate earliest) {
        routine(draft, today, earliest);
        if (draft.items() == null || draft.items().isEmpty()) {
            problems.put(RoutineField.ITEMS, Problem.of("validation.routine.no-items"));
        } else if (draft.items().size() > RoutineItem.MAX_ITEMS) {
            problems.put(RoutineField.ITEMS, Problem.of("validation.routine.too-many-items", RoutineItem.MAX_ITEMS));
        } else {
            var seen = new HashSet<Long>();
            for (int i = 0; i < draft.items().size(); i++) {
                var itemProblems = item(draft.items().get(i), seen);
                if (!itemProblems.isEmpty()) {
                    this.itemProblems.put(i, itemProblems);
                }
            }
            if (!itemProblems.isEmpty()) {
                problems.put(RoutineField.ITEMS, Problem.of("validation.routine.items-invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RoutineRejectedException(problems, itemProblems);
        }
    }

    private void routine(RoutineDraft draft, LocalDate today, LocalDate earliest) {
        if (draft.name() == null || draft.name().isBlank()) {
            problems.put(RoutineField.NAME, Problem.of("validation.required"));
        } else if (draft.name().strip().length() > RoutineVersion.NAME_MAX_LENGTH) {
            problems.put(RoutineField.NAME, Problem.of("validation.too-long"));
        }
        var start = draft.startDate();
        if (start == null) {
            problems.put(RoutineField.START_DATE, Problem.of("validation.required"));
        } else if (start.isBefore(today)) {
            problems.put(RoutineField.START_DATE, Problem.of("validation.routine.start-past"));
        } else if (start.isBefore(earliest)) {
            problems.put(RoutineField.START_DATE, Problem.of("validation.routine.before-latest-version"));
        } else if (start.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            problems.put(RoutineField.START_DATE, Problem.of("validation.routine.start-too-far"));
        }
        if (start != null && draft.endDate() != null && draft.endDate().isBefore(start)) {
            problems.put(RoutineField.END_DATE, Problem.of("validation.routine.end-before-start"));
        }
        schedule(draft.schedule());
    }

    private void schedule(Schedule schedule) {
        if (schedule == null || schedule.timesPerDay() == null) {
            problems.put(RoutineField.TIMES_PER_DAY, Problem.of("validation.required"));
        } else if (schedule.timesPerDay() < 1 || schedule.timesPerDay() > Schedule.MAX_TIMES_PER_DAY) {
            problems.put(RoutineField.TIMES_PER_DAY, Problem.of("validation.range", 1, Schedule.MAX_TIMES_PER_DAY));
        }
        if (schedule == null || (schedule.weekdayMask() == null) == (schedule.daysPerWeek() == null)) {
            problems.put(RoutineField.SCHEDULE, Problem.of("validation.routine.schedule-required"));
        } else if (schedule.fixedDays() && (schedule.weekdayMask() < 1 || schedule.weekdayMask() > 127)) {
            problems.put(RoutineField.SCHEDULE, Problem.of("validation.routine.weekdays-required"));
        } else if (!schedule.fixedDays()
                && (schedule.daysPerWeek() < 1 || schedule.daysPerWeek() > Schedule.MAX_DAYS_PER_WEEK)) {
            problems.put(RoutineField.SCHEDULE, Problem.of("validation.range", 1, Schedule.MAX_DAYS_PER_WEEK));
        }
    }

    private Map<ItemField, Problem> item(ItemDraft item, Set<Long> seen) {
        var found = new EnumMap<ItemField, Problem>(ItemField.class);
        var exercise = item == null || item.exerciseId() == null ? null : exercises.get(item.exerciseId());
        if (exercise == null) {
            found.put(ItemField.EXERCISE, Problem.of("validation.routine.exercise-unknown"));
            return found;
        }
        if (!seen.add(exercise.id())) {
            found.put(ItemField.EXERCISE, Problem.of("validation.routine.exercise-twice"));
        } else if (exercise.retired() && !alreadyPrescribed.contains(exercise.id())) {
            found.put(ItemField.EXERCISE, Problem.of("validation.routine.exercise-retired"));
        }
        if (exercise.toAvoid() && !item.avoidConfirmed()) {
            found.put(ItemField.AVOID, Problem.of("validation.routine.avoid-unconfirmed"));
        }
        if (item.note() != null && item.note().strip().length() > PrescribedExercise.NOTE_MAX_LENGTH) {
            found.put(ItemField.NOTE, Problem.of("validation.too-long"));
        }
        var dosage = item.dosage() == null ? Dosage.NONE : item.dosage();
        if (exercise.kind() == ExerciseKind.EDUCATION) {
            if (!dosage.isEmpty() || item.restSeconds() != null || item.load() != null) {
                found.put(ItemField.SETS, Problem.of("validation.catalog.education-has-no-dosage"));
            }
            return found;
        }
        range(found, ItemField.SETS, dosage.sets(), 1, Dosage.MAX_SETS);
        range(found, ItemField.REPS, dosage.reps(), 1, Dosage.MAX_REPS);
        range(found, ItemField.HOLD, dosage.holdSeconds(), 0, Dosage.MAX_HOLD_SECONDS);
        range(found, ItemField.MINUTES, dosage.minutes(), 1, Dosage.MAX_MINUTES);
        range(found, ItemField.REST, item.restSeconds(), 0, PrescribedExercise.MAX_REST_SECONDS);
        range(found, ItemField.STOP_AT, item.stopAt(), StopRule.MIN_AT, StopRule.MAX_AT);
        range(found, ItemField.STOP_RISE, item.stopRise(), StopRule.MIN_RISE, StopRule.MAX_RISE);
        if (item.load() != null && (item.load().amount() == null || item.load().unit() == null
                || item.load().amount().signum() <= 0 || item.load().amount().compareTo(Load.MAX) > 0
                || item.load().amount().scale() > 1)) {
            found.put(ItemField.LOAD, Problem.of("validation.routine.load-range", Load.MAX));
        }
        if (dosage.minutes() != null && (dosage.sets() != null || dosage.reps() != null)) {
            found.putIfAbsent(ItemField.MINUTES, Problem.of("validation.catalog.minutes-or-reps"));
        } else if (dosage.minutes() == null && (dosage.sets() == null || dosage.reps() == null)) {
            found.putIfAbsent(dosage.sets() == null ? ItemField.SETS : ItemField.REPS,
                    Problem.of("validation.routine.dose-required"));
        }
        return found;
    }

    private static void range(Map<ItemField, Problem> found, ItemField field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            found.put(field, Problem.of("validation.range", min, max));
        }
    }
}
