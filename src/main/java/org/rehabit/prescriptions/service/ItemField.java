package org.rehabit.prescriptions.service;

/** The parts of one routine item a validation message can point at. */
public enum ItemField {
    EXERCISE, SETS, REPS, HOLD, MINUTES, REST, NOTE, AVOID, LOAD, STOP_AT, STOP_RISE
}
