package org.rehabit.adherence.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One round of exercises on a day: pain before and after (0-10) and a note to the therapist. */
public record SessionRecord(LocalDate day, int round, Integer painBefore, Integer painAfter, String note,
        Instant recordedAt) {

    public static final int NOTE_MAX_LENGTH = 1000;
}
