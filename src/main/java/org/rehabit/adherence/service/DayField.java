package org.rehabit.adherence.service;

/** The parts of a day's record a refusal can point at. */
public enum DayField {
    DAY, ROUND, STATUS, PART_DONE, SKIP_REASON, PAIN, PAIN_BEFORE, PAIN_AFTER, NOTE
}
