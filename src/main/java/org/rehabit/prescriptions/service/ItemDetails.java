package org.rehabit.prescriptions.service;

import java.time.Instant;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.StopRule;

/** One prescribed exercise with its catalog instructions and, for one to avoid, who confirmed it and when. */
public record ItemDetails(long id, ExerciseInstructions exercise, PrescribedExercise prescription,
        String avoidConfirmedBy, Instant avoidConfirmedAt) {

    /** When pain means stopping this exercise: its prescription's limits, and any rise for a neck exercise. */
    public StopRule stopRule() {
        return StopRule.of(prescription, exercise.regions().contains(BodyRegion.NECK));
    }

    public ItemDraft toDraft() {
        return ItemDraft.of(prescription);
    }
}
