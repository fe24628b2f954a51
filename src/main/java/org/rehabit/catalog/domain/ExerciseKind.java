package org.rehabit.catalog.domain;

/** An exercise to do, or advice to read (rest, heat, posture, lifting). */
public enum ExerciseKind {
    EXERCISE, EDUCATION
}
