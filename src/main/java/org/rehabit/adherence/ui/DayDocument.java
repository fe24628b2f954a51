package org.rehabit.adherence.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A patient's day as the browser draws it ({@code frontend/rehabit-day.js}), version {@value #VERSION} of
 * {@code GET /api/v1/day/{date}}: everything the page shows, with the texts already translated, so that a copy kept
 * on the phone draws the day offline, and the stop rule's limits, so that the phone says "stop" at once.
 *
 * Empty fields are left out, to keep the page's first response small.
 *
 * @param account whose day it is: the phone keeps and sends only the signed-in patient's
 * @param state {@code rest} (nothing scheduled), {@code blocked} (a red flag), {@code check-in} (the questions come
 *     first) or {@code exercises}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DayDocument(int version, long account, String day, boolean today, boolean editable, String state,
        String title, Map<String, String> texts, List<Link> blocked, List<Choice> rounds, List<Routine> routines,
        List<Session> sessions, List<Log> logs) {

    static final int VERSION = 1;

    /** A line of text, a link when {@code href} is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Link(String text, String href, String className) {
    }

    /** One chip: the value sent and the text shown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Choice(String value, String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Routine(String name, String schedule, int timesPerDay, List<Item> items) {
    }

    /**
     * One prescribed exercise. {@code advice}: an education item, read and not checked off. {@code part}: how it is
     * partly done, when it has a unit to count in; without one it is done or skipped.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(long id, long exerciseId, String name, boolean advice, String summary, List<String> steps,
            String dosage, String note, List<String> cautions, String stopIf, String picture, Figure figure,
            Video video,
            Part part, StopLimits stopRule, List<String> lowerWeight, Timer timer, List<Link> links) {
    }

    /** The exercise's moving figure ({@code catalog/figures.json}) and its text alternative. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figure(String src, String alt) {
    }

    /**
     * The clinic's video of the exercise: its address with its version, a poster (or none: the page shows the first
     * frame), captions if it has them, and what a screen reader says.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Video(String src, String poster, Captions captions, String label) {
    }

    /** Captions in WebVTT, off until the patient turns them on, and their name in the player's menu. */
    record Captions(String src, String label) {
    }

    /** How much of a partly done exercise was done: chips, or a number up to {@code prescribed - 1}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Part(String label, int prescribed, List<Choice> chips, String of) {
    }

    /** The exercise's stop rule ({@link org.rehabit.prescriptions.domain.StopRule}), judged again by the server. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StopLimits(int at, int rise, boolean neck) {
    }

    /** The follow-along timer's settings ({@code frontend/rehabit-timer.js}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Timer(String mode, int sets, int reps, Integer hold, Integer minutes, boolean eachSide, int rest,
            Integer pace) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Session(int round, Integer painBefore, Integer painAfter, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Log(long itemId, int round, String status, Integer partDone, String skipReason, Integer pain,
            String difficulty, boolean painFlag, boolean tooHeavy) {
    }
}
