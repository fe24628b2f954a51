package org.rehabit.catalog.service;

import java.util.Set;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Position;

/** One row of the catalog list. */
public record ExerciseSummary(long id, String name, ExerciseKind kind, CatalogStatus status,
        ExerciseCategory category, Position position, Set<BodyRegion> regions, boolean retired) {
}
