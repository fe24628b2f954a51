package org.rehabit.prescriptions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;

/** A routine as it stands from one date on: name, end date, schedule and the ordered exercises. Never changed. */
@Entity
@Table(name = "routine_version")
public class RoutineVersion {

    public static final int NAME_MAX_LENGTH = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "routine_id")
    private Routine routine;

    @Column(nullable = false)
    private int number;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private String name;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Embedded
    private Schedule schedule;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "routine_version_id", nullable = false, updatable = false)
    @OrderBy("position")
    @BatchSize(size = 50)
    private List<RoutineItem> items = new ArrayList<>();

    protected RoutineVersion() {
    }

    RoutineVersion(Routine routine, int number, RoutinePlan plan, long createdBy, Instant createdAt) {
        this.routine = routine;
        this.number = number;
        this.effectiveFrom = plan.effectiveFrom();
        this.name = plan.name();
        this.endDate = plan.endDate();
        this.schedule = plan.schedule();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.items.addAll(plan.items());
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getName() {
        return name;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Schedule getSchedule() {
        return schedule;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoutineItem> getItems() {
        return List.copyOf(items);
    }
}
