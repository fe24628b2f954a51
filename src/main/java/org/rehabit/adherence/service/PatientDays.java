package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.LocalDate;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.service.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's look at one of their own patients' days, as the patient recorded it: what was due, what was done,
 * the pain and the red-flag answers. Another therapist's patient is "not found". Each look is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class PatientDays {

    private final DayPlans plans;
    private final PatientAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    PatientDays(DayPlans plans, PatientAccess access, AuditTrail audit, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public DayPlan day(long patientId, LocalDate day) {
        access.check(patientId);
        var today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            throw InvalidInputException.of(DayField.DAY, "day.future");
        }
        var plan = plans.of(patientId, day, today);
        audit.viewed(AuditAction.VIEWED_DAY, patientId, day.toString());
        return plan;
    }
}
