package org.rehabit.adherence.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A day's answers to the red-flag questions, asked before its first exercise. */
public record CheckIn(LocalDate day, boolean severeNeckPain, boolean armSymptoms, Instant answeredAt) {

    /** Either answer is a red flag: no routine that day, and the therapist is alerted. */
    public boolean redFlag() {
        return severeNeckPain || armSymptoms;
    }
}
