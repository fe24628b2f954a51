package org.rehabit.prescriptions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One exercise of one routine version. What a patient logs will refer to it, so it never changes once saved; an
 * exercise the catalog says to avoid carries who confirmed prescribing it anyway.
 */
@Entity
@Table(name = "routine_item")
public class RoutineItem {

    public static final int MAX_ITEMS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Embedded
    private PrescribedExercise prescription;

    @Column(name = "avoid_confirmed_by")
    private Long avoidConfirmedBy;

    @Column(name = "avoid_confirmed_at")
    private Instant avoidConfirmedAt;

    protected RoutineItem() {
    }

    public RoutineItem(int position, PrescribedExercise prescription) {
        this.position = position;
        this.prescription = prescription;
    }

    public void confirmAvoid(long accountId, Instant at) {
        this.avoidConfirmedBy = accountId;
        this.avoidConfirmedAt = at;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public PrescribedExercise getPrescription() {
        return prescription;
    }

    public Long getAvoidConfirmedBy() {
        return avoidConfirmedBy;
    }

    public Instant getAvoidConfirmedAt() {
        return avoidConfirmedAt;
    }
}
