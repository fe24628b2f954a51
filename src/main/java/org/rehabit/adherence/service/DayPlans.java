package org.rehabit.adherence.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import org.rehabit.adherence.domain.AdherenceLedger;
import org.rehabit.adherence.domain.CheckIn;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.ScheduleExpansion;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a patient's day: the routines to follow that day and what was recorded. Whoever calls it has checked that
 * the caller may see that patient.
 */
@Component
@Transactional(readOnly = true)
class DayPlans {

    private final DayRecords records;
    private final RoutineService routines;

    DayPlans(DayRecords records, RoutineService routines) {
        this.records = records;
        this.routines = routines;
    }

    DayPlan of(long patientId, LocalDate day, LocalDate today) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var plans = routines.plansOf(patientId);
        var ledger = new AdherenceLedger(plans, records.logs(patientId, monday, monday.plusDays(6)), Set.of(), today);
        var dayRoutines = new ArrayList<DayRoutine>();
        for (var routine : plans) {
            ledger.toFollow(routine, day).filter(version -> ScheduleExpansion.offeredOn(version, day))
                    .ifPresent(version -> dayRoutines.add(new DayRoutine(routine.id(), version,
                            ledger.activeDaysInWeekUpTo(routine, day))));
        }
        var checkIn = records.checkIn(patientId, day);
        var editable = editable(day, today);
        var blocked = redFlag(checkIn) || (editable && redFlag(records.checkIn(patientId, today)));
        return new DayPlan(day, day.equals(today), editable, checkIn, blocked, dayRoutines,
                records.sessions(patientId, day, day), records.logs(patientId, day, day));
    }

    /** Today and yesterday can still be written. */
    static boolean editable(LocalDate day, LocalDate today) {
        return !day.isAfter(today) && !day.isBefore(today.minusDays(1));
    }

    static boolean redFlag(Optional<CheckIn> checkIn) {
        return checkIn.map(CheckIn::redFlag).orElse(false);
    }
}
