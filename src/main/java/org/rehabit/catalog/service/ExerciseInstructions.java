package org.rehabit.catalog.service;

import java.util.List;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.ExerciseOption;

/** What a routine shows of a catalog item: how to do it, its safety status and its usual dosage. */
public record ExerciseInstructions(long id, String name, String summary, ExerciseKind kind, CatalogStatus status,
        String statusReason, ExerciseOption alternative, List<String> steps, String cautions, String stopIf,
        Dosage usualDosage, boolean retired, boolean hasImage) {

    public boolean toAvoid() {
        return status == CatalogStatus.AVOID;
    }
}
