package org.rehabit.adherence.domain;

/** Why an exercise was skipped. */
public enum SkipReason {
    PAIN, NO_TIME, UNSURE, OTHER
}
