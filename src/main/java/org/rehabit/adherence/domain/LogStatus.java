package org.rehabit.adherence.domain;

/** How a patient says an exercise went. */
public enum LogStatus {
    DONE, PARTLY, SKIPPED
}
