package org.rehabit.catalog.service;

import java.util.List;
import java.util.Set;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Position;

/** What a therapist enters for a clinic exercise. */
public record ExerciseDraft(String name, String summary, ExerciseKind kind, ExerciseCategory category,
        Position position, Set<BodyRegion> regions, Set<Equipment> equipment, List<String> steps, Dosage dosage,
        String cautions, String stopIf, CatalogStatus status, String statusReason, Long alternativeId) {
}
