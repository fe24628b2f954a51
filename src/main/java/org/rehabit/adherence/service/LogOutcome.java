package org.rehabit.adherence.service;

import org.rehabit.adherence.domain.LogRecord;

/**
 * The saved log, whether the pain reported means the patient must stop that exercise now, and whether its load is too
 * heavy ({@link org.rehabit.adherence.domain.WeightCheck}).
 */
public record LogOutcome(LogRecord log, boolean mustStop, boolean tooHeavy) {
}
