package org.rehabit.patients.service;

import org.rehabit.security.domain.PatientSummary;

/** A patient as their therapist sees them: account facts, intake notes and the intake's version for editing. */
public record PatientDetails(PatientSummary account, Intake intake, long intakeVersion) {
}
