package org.rehabit.adherence.service;

import java.util.UUID;

/**
 * One thing a patient did on their day, as their phone sends it: under a key the phone made at the tap, so that
 * sending it again never applies it twice ({@link DayActions}).
 */
public sealed interface DayAction {

    UUID key();

    /** The answers to today's red-flag questions. */
    record CheckInAnswers(UUID key, boolean severeNeckPain, boolean armSymptoms) implements DayAction {
    }

    /** A check-off, partly done, skipped, pain during or how hard it felt, for one exercise of one session. */
    record ExerciseEntry(UUID key, int round, long itemId, LogEntry entry) implements DayAction {
    }

    /** Pain before or after a session, or the note to the therapist. */
    record SessionUpdate(UUID key, int round, SessionEntry entry) implements DayAction {
    }
}
