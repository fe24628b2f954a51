package org.rehabit.prescriptions.service;

/** The parts of a routine a validation message can point at. */
public enum RoutineField {
    NAME, START_DATE, END_DATE, SCHEDULE, TIMES_PER_DAY, ITEMS
}
