package org.rehabit.adherence.domain;

import java.util.OptionalDouble;
import org.rehabit.catalog.domain.Dosage;

/**
 * Adherence, defined once: completed scheduled occurrences divided by scheduled occurrences in a period. An
 * occurrence is one prescribed exercise on one scheduled day, once per time a day it is prescribed. Done counts 1,
 * partly done counts the share of the prescribed amount done (sets, repetitions, minutes or seconds held: see
 * {@link PartUnit}), skipped or not recorded counts 0.
 */
public record Adherence(double completed, int scheduled) {

    public static final Adherence NONE = new Adherence(0, 0);

    /** A day at this adherence or above counts as a good day (and towards the streak). */
    public static final double GOOD = 0.8;
    /** A day at this adherence or above, below {@link #GOOD}, counts as fair; below it, as low. */
    public static final double FAIR = 0.5;

    /** What one occurrence contributes to {@code completed}. */
    public static double credit(LogStatus status, Part part, Dosage dosage) {
        if (status == null) {
            return 0;
        }
        return switch (status) {
            case DONE -> 1;
            case PARTLY -> part == null ? 0 : part.share(dosage);
            case SKIPPED -> 0;
        };
    }

    public Adherence plus(Adherence other) {
        return new Adherence(completed + other.completed, scheduled + other.scheduled);
    }

    /** Between 0 and 1; empty when nothing was scheduled. */
    public OptionalDouble ratio() {
        return scheduled == 0 ? OptionalDouble.empty() : OptionalDouble.of(completed / scheduled);
    }
}
