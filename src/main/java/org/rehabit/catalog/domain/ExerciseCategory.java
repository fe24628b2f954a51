package org.rehabit.catalog.domain;

/** What kind of work an exercise is. */
public enum ExerciseCategory {
    MOBILITY, STRETCH, STRENGTHENING, CORE_STABILITY, AEROBIC, SELF_CARE
}
