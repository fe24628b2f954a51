package org.rehabit.prescriptions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.rehabit.prescriptions.domain.Schedule;

/** One version of a routine, and what changed from the version before it (empty for the first). */
public record VersionDetails(long id, int number, LocalDate effectiveFrom, String name, LocalDate endDate,
        Schedule schedule, String createdBy, Instant createdAt, List<ItemDetails> items,
        List<VersionChange> changes) {

    VersionDetails withChanges(List<VersionChange> newChanges) {
        return new VersionDetails(id, number, effectiveFrom, name, endDate, schedule, createdBy, createdAt, items,
                newChanges);
    }

    /** This version as a draft for the next one, taking effect on {@code from}. */
    public RoutineDraft toDraft(LocalDate from) {
        return new RoutineDraft(name, from, endDate, schedule, items.stream().map(ItemDetails::toDraft).toList());
    }
}
