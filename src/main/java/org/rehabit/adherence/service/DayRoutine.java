package org.rehabit.adherence.service;

import java.util.List;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/**
 * A routine on a day, with the version to follow. For "N days a week" routines, {@code activeDaysThisWeek} counts
 * the days of that week the patient has exercised so far.
 */
public record DayRoutine(long routineId, VersionDetails version, int activeDaysThisWeek) {

    public List<ItemDetails> items() {
        return version.items();
    }

    public int timesPerDay() {
        return version.schedule().timesPerDay();
    }
}
