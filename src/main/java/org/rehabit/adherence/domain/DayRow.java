package org.rehabit.adherence.domain;

import java.time.LocalDate;

/** A patient's day in the progress roll-up: what was due and done, pain before and after, and whether active. */
public record DayRow(LocalDate day, int scheduled, double completed, Integer painBefore, Integer painAfter,
        boolean active, boolean redFlag) {

    public Adherence adherence() {
        return new Adherence(completed, scheduled);
    }
}
