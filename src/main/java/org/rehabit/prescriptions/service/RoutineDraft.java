package org.rehabit.prescriptions.service;

import java.time.LocalDate;
import java.util.List;
import org.rehabit.prescriptions.domain.Schedule;

/**
 * A routine as the builder sends it. {@code startDate} is the start of a new routine, or the date a new version of
 * an existing one takes effect.
 */
public record RoutineDraft(String name, LocalDate startDate, LocalDate endDate, Schedule schedule,
        List<ItemDraft> items) {

    public RoutineDraft withItems(List<ItemDraft> newItems) {
        return new RoutineDraft(name, startDate, endDate, schedule, newItems);
    }
}
