package org.rehabit.prescriptions.service;

/** What can change from one routine version to the next. */
public enum ChangeKind {
    RENAMED, END_DATE, SCHEDULE, ADDED, REMOVED, DOSAGE, REST, NOTE, REORDERED, LOAD, STOP_RULE
}
