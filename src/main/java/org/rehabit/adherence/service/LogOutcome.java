package org.rehabit.adherence.service;

import org.rehabit.adherence.domain.LogRecord;

/** The saved log, and whether the pain reported means the patient must stop that exercise now. */
public record LogOutcome(LogRecord log, boolean mustStop) {
}
