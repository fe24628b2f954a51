package org.rehabit.adherence.service;

import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.SkipReason;

/**
 * What the patient enters for one exercise. {@code partDone} applies to "partly done", in the exercise's
 * {@link org.rehabit.adherence.domain.PartUnit} (sets, repetitions, minutes or seconds held), the reason to "skipped";
 * an empty pain or difficulty keeps what was saved before.
 */
public record LogEntry(LogStatus status, Integer partDone, SkipReason skipReason, Integer pain,
        Difficulty difficulty) {

    public static LogEntry done() {
        return new LogEntry(LogStatus.DONE, null, null, null, null);
    }

    public static LogEntry partly(int partDone) {
        return new LogEntry(LogStatus.PARTLY, partDone, null, null, null);
    }

    public static LogEntry skipped(SkipReason reason) {
        return new LogEntry(LogStatus.SKIPPED, null, reason, null, null);
    }

    public static LogEntry painDuring(int pain) {
        return new LogEntry(null, null, null, pain, null);
    }
}
