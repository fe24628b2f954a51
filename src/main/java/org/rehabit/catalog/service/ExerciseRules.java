package org.rehabit.catalog.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rehabit.base.service.Problem;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Exercise;
import org.rehabit.catalog.domain.ExerciseKind;

/** The checks on a draft that need no database; each broken rule maps a field to a message key. */
final class ExerciseRules {

    private ExerciseRules() {
    }

    static Map<ExerciseField, Problem> problems(ExerciseDraft draft) {
        var problems = new EnumMap<ExerciseField, Problem>(ExerciseField.class);
        text(problems, ExerciseField.NAME, draft.name(), Exercise.NAME_MAX_LENGTH, true);
        text(problems, ExerciseField.SUMMARY, draft.summary(), Exercise.SUMMARY_MAX_LENGTH, true);
        text(problems, ExerciseField.CAUTIONS, draft.cautions(), Exercise.CAUTIONS_MAX_LENGTH, false);
        text(problems, ExerciseField.STOP_IF, draft.stopIf(), Exercise.STOP_IF_MAX_LENGTH, false);
        required(problems, ExerciseField.KIND, draft.kind());
        required(problems, ExerciseField.CATEGORY, draft.category());
        required(problems, ExerciseField.POSITION, draft.position());
        required(problems, ExerciseField.STATUS, draft.status());
        if (draft.regions() == null || draft.regions().isEmpty()) {
            problems.put(ExerciseField.REGIONS, Problem.of("validation.required"));
        }
        var steps = steps(draft.steps());
        if (steps.isEmpty()) {
            problems.put(ExerciseField.STEPS, Problem.of("validation.required"));
        } else if (steps.size() > Exercise.MAX_STEPS
                || steps.stream().anyMatch(step -> step.length() > Exercise.STEP_MAX_LENGTH)) {
            problems.put(ExerciseField.STEPS,
                    Problem.of("validation.catalog.steps-too-long", Exercise.MAX_STEPS, Exercise.STEP_MAX_LENGTH));
        }
        if (draft.status() != null && draft.status() != CatalogStatus.RECOMMENDED) {
            text(problems, ExerciseField.STATUS_REASON, draft.statusReason(), Exercise.STATUS_REASON_MAX_LENGTH, true);
        }
        if (draft.status() == CatalogStatus.AVOID && draft.alternativeId() == null) {
            problems.put(ExerciseField.ALTERNATIVE, Problem.of("validation.catalog.alternative-required"));
        }
        dosage(problems, draft.kind(), draft.dosage() == null ? Dosage.NONE : draft.dosage());
        return problems;
    }

    /** The steps as they are stored: trimmed, blank ones dropped. */
    static List<String> steps(List<String> steps) {
        return steps == null ? List.of() : steps.stream().filter(Objects::nonNull).map(String::strip)
                .filter(step -> !step.isEmpty()).toList();
    }

    private static void dosage(Map<ExerciseField, Problem> problems, ExerciseKind kind, Dosage dosage) {
        if (kind == ExerciseKind.EDUCATION && !dosage.isEmpty()) {
            problems.put(ExerciseField.SIDE, Problem.of("validation.catalog.education-has-no-dosage"));
            return;
        }
        range(problems, ExerciseField.SETS, dosage.sets(), 1, Dosage.MAX_SETS);
        range(problems, ExerciseField.REPS, dosage.reps(), 1, Dosage.MAX_REPS);
        range(problems, ExerciseField.HOLD, dosage.holdSeconds(), 0, Dosage.MAX_HOLD_SECONDS);
        range(problems, ExerciseField.MINUTES, dosage.minutes(), 1, Dosage.MAX_MINUTES);
        if (dosage.minutes() != null && (dosage.reps() != null || dosage.sets() != null)) {
            problems.putIfAbsent(ExerciseField.MINUTES, Problem.of("validation.catalog.minutes-or-reps"));
        }
    }

    private static void range(Map<ExerciseField, Problem> problems, ExerciseField field, Integer value, int min,
            int max) {
        if (value != null && (value < min || value > max)) {
            problems.put(field, Problem.of("validation.range", min, max));
        }
    }

    private static void text(Map<ExerciseField, Problem> problems, ExerciseField field, String value, int maxLength,
            boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.put(field, Problem.of("validation.required"));
            }
        } else if (value.strip().length() > maxLength) {
            problems.put(field, Problem.of("validation.too-long"));
        }
    }

    private static void required(Map<ExerciseField, Problem> problems, ExerciseField field, Object value) {
        if (value == null) {
            problems.put(field, Problem.of("validation.required"));
        }
    }
}
