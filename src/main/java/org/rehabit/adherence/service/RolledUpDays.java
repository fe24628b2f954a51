package org.rehabit.adherence.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rehabit.adherence.domain.AdherenceDays;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.patients.service.PatientAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's rolled-up days, for the features that judge them (alert rules): only for whom may see the patient. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('PATIENT', 'THERAPIST', 'SYSTEM')")
public class RolledUpDays {

    private final AdherenceDays days;
    private final PatientAccess access;

    RolledUpDays(AdherenceDays days, PatientAccess access) {
        this.days = days;
        this.access = access;
    }

    public List<DayRow> between(long patientId, LocalDate from, LocalDate to) {
        access.check(patientId);
        return days.days(patientId, from, to);
    }

    /** The last day the patient recorded anything, if ever. */
    public Optional<LocalDate> lastActiveDay(long patientId) {
        access.check(patientId);
        return days.lastActiveDay(patientId);
    }
}
