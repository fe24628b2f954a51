package org.rehabit.prescriptions.service;

/** Where a routine stands on a given day. */
public enum RoutineState {
    UPCOMING, ACTIVE, ENDED
}
