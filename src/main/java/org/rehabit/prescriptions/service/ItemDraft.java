package org.rehabit.prescriptions.service;

import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.PrescribedExercise;

/**
 * One exercise of a routine being built. {@code avoidConfirmed} is the therapist's explicit "prescribe it anyway"
 * for an exercise the catalog says to avoid; it is ignored for any other exercise. {@code load}, {@code stopAt} and
 * {@code stopRise} are optional (see {@link PrescribedExercise}).
 */
public record ItemDraft(Long exerciseId, Dosage dosage, Integer restSeconds, String note, boolean avoidConfirmed,
        Load load, Integer stopAt, Integer stopRise) {

    public static ItemDraft of(PrescribedExercise prescription) {
        return new ItemDraft(prescription.exerciseId(), prescription.dosageOrNone(), prescription.restSeconds(),
                prescription.note(), false, prescription.load(), prescription.stopAt(), prescription.stopRise());
    }

    public ItemDraft confirmingAvoid() {
        return new ItemDraft(exerciseId, dosage, restSeconds, note, true, load, stopAt, stopRise);
    }
}
