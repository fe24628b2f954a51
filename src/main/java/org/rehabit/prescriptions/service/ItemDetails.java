package org.rehabit.prescriptions.service;

import java.time.Instant;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.PrescribedExercise;

/** One prescribed exercise with its catalog instructions and, for one to avoid, who confirmed it and when. */
public record ItemDetails(long id, ExerciseInstructions exercise, PrescribedExercise prescription,
        String avoidConfirmedBy, Instant avoidConfirmedAt) {

    public ItemDraft toDraft() {
        return ItemDraft.of(prescription);
    }
}
