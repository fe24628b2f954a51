package org.rehabit.adherence.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rehabit.adherence.domain.CheckIn;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.SessionRecord;

/**
 * A patient's day: the routines to follow, what has been recorded, and whether it can still be changed (today and
 * yesterday can). {@code blocked}: a red flag that day, or today for a day that could still be changed.
 */
public record DayPlan(LocalDate day, boolean today, boolean editable, Optional<CheckIn> checkIn, boolean blocked,
        List<DayRoutine> routines, List<SessionRecord> sessions, List<LogRecord> logs) {

    public boolean nothingScheduled() {
        return routines.isEmpty();
    }

    /** The red-flag questions come before today's first exercise. */
    public boolean needsCheckIn() {
        return today && checkIn.isEmpty() && !blocked && !routines.isEmpty();
    }

    /** How many rounds the day has: the most times a day any of its routines is prescribed. */
    public int rounds() {
        return routines.stream().mapToInt(DayRoutine::timesPerDay).max().orElse(1);
    }

    public Optional<LogRecord> log(long itemId, int round) {
        return logs.stream().filter(log -> log.itemId() == itemId && log.round() == round).findFirst();
    }

    public Optional<SessionRecord> session(int round) {
        return sessions.stream().filter(session -> session.round() == round).findFirst();
    }
}
