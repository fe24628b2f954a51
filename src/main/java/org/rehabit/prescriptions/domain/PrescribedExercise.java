package org.rehabit.prescriptions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import org.rehabit.catalog.domain.Dosage;

/**
 * One catalog exercise as prescribed: its own dosage, the rest between sets, a note to the patient, the load for a
 * resistance exercise, and the pain that stops it when the therapist sets it (null: the default, see
 * {@link StopRule}).
 */
@Embeddable
public record PrescribedExercise(
        @Column(name = "exercise_id") Long exerciseId,
        @Embedded Dosage dosage,
        @Column(name = "rest_seconds") Integer restSeconds,
        @Column(name = "note") String note,
        @Embedded Load load,
        @Column(name = "stop_at") Integer stopAt,
        @Column(name = "stop_rise") Integer stopRise) {

    public static final int MAX_REST_SECONDS = 600;
    public static final int NOTE_MAX_LENGTH = 500;

    public Dosage dosageOrNone() {
        return dosage == null ? Dosage.NONE : dosage;
    }
}
