package org.rehabit.catalog.service;

import java.util.List;
import java.util.Set;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.ExerciseOption;
import org.rehabit.catalog.domain.Position;

/** Everything about one catalog item; {@code editable} says whether the signed-in user may change it. */
public record ExerciseDetails(long id, long version, String name, String summary, ExerciseKind kind,
        ExerciseCategory category, Position position, Set<BodyRegion> regions, Set<Equipment> equipment,
        List<String> steps, Dosage dosage, String cautions, String stopIf, CatalogStatus status, String statusReason,
        ExerciseOption alternative, String attribution, boolean seeded, boolean retired, boolean hasImage,
        boolean hasVideo, String figure, boolean editable) {

    public ExerciseDraft toDraft() {
        return new ExerciseDraft(name, summary, kind, category, position, regions, equipment, steps, dosage, cautions,
                stopIf, status, statusReason, alternative == null ? null : alternative.id());
    }
}
