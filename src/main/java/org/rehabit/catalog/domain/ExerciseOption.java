package org.rehabit.catalog.domain;

/** A catalog item to pick or link to, by name. */
public record ExerciseOption(long id, String name) {
}
