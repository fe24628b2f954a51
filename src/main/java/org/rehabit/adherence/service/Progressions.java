package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.Progression;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progression suggestions ({@link Progression}) for a patient's routines, from their last two weeks: for their
 * therapist, and for the dashboard's count, which is kept when a past day changes, as whoever changed it (the
 * patient completing yesterday, the system at night). Only therapists see suggestions; a patient's own are no secret
 * from them, but no page shows them. Another therapist's patient is "not found".
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT', 'SYSTEM')")
public class Progressions {

    private final DayRecords records;
    private final RoutineService routines;
    private final Clock clock;

    Progressions(DayRecords records, RoutineService routines, Clock clock) {
        this.records = records;
        this.routines = routines;
        this.clock = clock;
    }

    public List<Progression.Suggestion> of(long patientId) {
        var plans = routines.plansOf(patientId);
        var today = LocalDate.now(clock);
        var from = today.minusDays(Progression.WINDOW_DAYS);
        // whole weeks: "N days a week" routines are due by what was done in each week
        var monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Progression.suggest(plans, records.logs(patientId, monday, today),
                records.sessions(patientId, from, today), records.redFlagDays(patientId, monday, today), today);
    }
}
