package org.rehabit.adherence.service;

import java.time.LocalDate;

/** The patient wrote a note for their physiotherapist after a session of a day. */
public record SessionNoteWritten(long patientId, LocalDate day, int round, String note) {
}
