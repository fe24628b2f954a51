package org.rehabit.prescriptions.service;

/** A new version of one of the patient's routines was saved (by hand, or by accepting a progression step). */
public record RoutineRevised(long patientId, long routineId) {
}
