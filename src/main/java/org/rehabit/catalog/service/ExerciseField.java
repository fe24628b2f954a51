package org.rehabit.catalog.service;

/** The fields of the exercise form that validation can point at. */
public enum ExerciseField {
    NAME, SUMMARY, KIND, CATEGORY, POSITION, REGIONS, STEPS, SETS, REPS, HOLD, SIDE, MINUTES, STATUS, STATUS_REASON,
    ALTERNATIVE, CAUTIONS, STOP_IF, IMAGE, FIGURE
}
