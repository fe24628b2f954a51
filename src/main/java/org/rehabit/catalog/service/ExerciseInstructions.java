package org.rehabit.catalog.service;

import java.util.List;
import java.util.Set;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.ExerciseOption;

/**
 * What a routine shows of a catalog item: how to do it, its safety status, its usual dosage, where in the body it
 * works and what it needs. {@code figure}: the key of its moving figure ({@link ExerciseFigures}), or null.
 */
public record ExerciseInstructions(long id, String name, String summary, ExerciseKind kind, CatalogStatus status,
        String statusReason, ExerciseOption alternative, List<String> steps, String cautions, String stopIf,
        Dosage usualDosage, boolean retired, boolean hasImage, boolean hasVideo, String figure,
        Set<BodyRegion> regions,
        Set<Equipment> equipment) {

    public boolean toAvoid() {
        return status == CatalogStatus.AVOID;
    }
}
