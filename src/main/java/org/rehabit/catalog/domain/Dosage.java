package org.rehabit.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How much of an exercise: sets of repetitions (each optionally held), or minutes for time-based items.
 * The ranges are the clinically sane ones the database also enforces.
 */
@Embeddable
public record Dosage(
        @Column(name = "dosage_sets") Integer sets,
        @Column(name = "dosage_reps") Integer reps,
        @Column(name = "dosage_hold_seconds") Integer holdSeconds,
        @Enumerated(EnumType.STRING) @Column(name = "dosage_side") Side side,
        @Column(name = "dosage_minutes") Integer minutes) {

    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 300;
    public static final int MAX_MINUTES = 120;

    public static final Dosage NONE = new Dosage(null, null, null, null, null);

    public boolean isEmpty() {
        return sets == null && reps == null && holdSeconds == null && side == null && minutes == null;
    }
}
