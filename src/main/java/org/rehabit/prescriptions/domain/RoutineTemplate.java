package org.rehabit.prescriptions.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A starting point for routines. Shared when it has no owner (the seeded starters), else its therapist's own. */
@Entity
@Table(name = "routine_template")
public class RoutineTemplate {

    public static final int NAME_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String description;

    @Embedded
    private Schedule schedule;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "routine_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<PrescribedExercise> items = new ArrayList<>();

    protected RoutineTemplate() {
    }

    public RoutineTemplate(String name, Schedule schedule, List<PrescribedExercise> items, long ownerId,
            Instant createdAt) {
        this.name = name;
        this.schedule = schedule;
        this.items.addAll(items);
        this.ownerId = ownerId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public List<PrescribedExercise> getItems() {
        return List.copyOf(items);
    }
}
