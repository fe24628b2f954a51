package org.rehabit.messages.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A message of a patient's conversation with their care team: who wrote it (the patient, or staff), what, about
 * which day or exercise (either may be null), and when the other side read it (null: not yet).
 */
public record Message(long id, long patientId, long authorId, String authorName, boolean fromPatient, String body,
        LocalDate aboutDay, Long aboutExercise, String aboutExerciseName, Instant sentAt, Instant readAt) {

    public static final int BODY_MAX_LENGTH = 2000;
}
