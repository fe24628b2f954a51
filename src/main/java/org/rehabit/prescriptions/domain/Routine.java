package org.rehabit.prescriptions.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A patient's routine: a history of versions, each in force from its date until the next one. The first version's
 * date is the routine's start.
 */
@Entity
@Table(name = "routine")
public class Routine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Version
    private long version;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "routine", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<RoutineVersion> versions = new ArrayList<>();

    protected Routine() {
    }

    public Routine(long patientId, long createdBy, Instant createdAt) {
        this.patientId = patientId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Adds the next version; changing {@code updatedAt} also moves the routine's {@code @Version} on. */
    public RoutineVersion revise(RoutinePlan plan, long by, Instant at) {
        var next = new RoutineVersion(this, versions.size() + 1, plan, by, at);
        versions.add(next);
        updatedAt = at;
        return next;
    }

    /** The version in force on a date: the newest one that has started by then. */
    public Optional<RoutineVersion> versionOn(LocalDate date) {
        return versions.reversed().stream().filter(v -> !v.getEffectiveFrom().isAfter(date)).findFirst();
    }

    /**
     * The version to follow on a date; before the routine starts, the one it will start with (the newest version
     * dated on the start day, since a later one on the same date replaces an earlier one).
     */
    public RoutineVersion versionToFollow(LocalDate date) {
        return versionOn(date).or(() -> versionOn(startDate())).orElseThrow();
    }

    public RoutineVersion latest() {
        return versions.getLast();
    }

    public LocalDate startDate() {
        return versions.getFirst().getEffectiveFrom();
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public long getVersion() {
        return version;
    }

    public List<RoutineVersion> getVersions() {
        return List.copyOf(versions);
    }
}
