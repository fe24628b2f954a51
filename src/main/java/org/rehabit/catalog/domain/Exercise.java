package org.rehabit.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.rehabit.security.domain.Role;

/** A catalog item: an exercise or a piece of self-care advice, with its safety status and default dosage. */
@Entity
@Table(name = "exercise")
public class Exercise {

    public static final int NAME_MAX_LENGTH = 120;
    public static final int SUMMARY_MAX_LENGTH = 500;
    public static final int STATUS_REASON_MAX_LENGTH = 1000;
    public static final int CAUTIONS_MAX_LENGTH = 2000;
    public static final int STOP_IF_MAX_LENGTH = 1000;
    public static final int STEP_MAX_LENGTH = 500;
    public static final int MAX_STEPS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExerciseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExerciseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Position position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "alternative_id")
    private Long alternativeId;

    private String cautions;

    @Column(name = "stop_if")
    private String stopIf;

    @Embedded
    private Dosage dosage;

    private String attribution;

    @Column(nullable = false)
    private boolean seeded;

    /** For a clinic's own exercise: the seeded exercise whose moving figure it shows, if any. */
    private String figure;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @ElementCollection
    @CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    @BatchSize(size = 50)
    private List<String> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exercise_region", joinColumns = @JoinColumn(name = "exercise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region")
    @BatchSize(size = 50)
    private Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);

    @ElementCollection
    @CollectionTable(name = "exercise_equipment", joinColumns = @JoinColumn(name = "exercise_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "equipment")
    @BatchSize(size = 50)
    private Set<Equipment> equipment = EnumSet.noneOf(Equipment.class);

    protected Exercise() {
    }

    public Exercise(long createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Replaces everything a therapist can edit. */
    public void describe(String name, String summary, ExerciseKind kind, ExerciseCategory category, Position position,
            Set<BodyRegion> regions, Set<Equipment> equipment, List<String> steps, Dosage dosage, String cautions,
            String stopIf) {
        this.name = name;
        this.summary = summary;
        this.kind = kind;
        this.category = category;
        this.position = position;
        this.regions.clear();
        this.regions.addAll(regions);
        this.equipment.clear();
        this.equipment.addAll(equipment);
        this.steps.clear();
        this.steps.addAll(steps);
        this.dosage = dosage;
        this.cautions = cautions;
        this.stopIf = stopIf;
    }

    /** Sets the safety status; an "avoid" item needs a reason and a safer alternative, a caution a reason. */
    public void rate(CatalogStatus status, String reason, Long alternativeId) {
        this.status = status;
        this.statusReason = status == CatalogStatus.RECOMMENDED ? null : reason;
        this.alternativeId = status == CatalogStatus.AVOID ? alternativeId : null;
    }

    public void retire(Instant at) {
        this.retiredAt = at;
    }

    public void restore() {
        this.retiredAt = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    /** The key of the moving figure to show: a seeded exercise's own name, or the one a clinic exercise picked. */
    public String figureKey() {
        return seeded ? name : figure;
    }

    /** A clinic exercise shows the figure of a seeded one (null: none). */
    public void showFigureOf(String seededName) {
        this.figure = seededName;
    }

    public String getSummary() {
        return summary;
    }

    public ExerciseKind getKind() {
        return kind;
    }

    public ExerciseCategory getCategory() {
        return category;
    }

    public Position getPosition() {
        return position;
    }

    public CatalogStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Long getAlternativeId() {
        return alternativeId;
    }

    public String getCautions() {
        return cautions;
    }

    public String getStopIf() {
        return stopIf;
    }

    public Dosage getDosage() {
        return dosage == null ? Dosage.NONE : dosage;
    }

    public String getAttribution() {
        return attribution;
    }

    public boolean isSeeded() {
        return seeded;
    }

    /** Seeded items can be changed by admins only; the clinic's own items by any therapist too. */
    public boolean mayBeEditedBy(Role role) {
        return !seeded || role == Role.ADMIN;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public List<String> getSteps() {
        return List.copyOf(steps);
    }

    public Set<BodyRegion> getRegions() {
        return Set.copyOf(regions);
    }

    public Set<Equipment> getEquipment() {
        return Set.copyOf(equipment);
    }
}
