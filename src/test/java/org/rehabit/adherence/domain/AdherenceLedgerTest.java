package org.rehabit.adherence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.adherence.domain.ScheduleExpansionTest.MONDAY;
import static org.rehabit.adherence.domain.ScheduleExpansionTest.routine;
import static org.rehabit.adherence.domain.ScheduleExpansionTest.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabit.prescriptions.domain.Schedule;

/**
 * Adherence, streak and exercise records on hand-made logs. Each version has two exercises in 2 sets (ids
 * number*10+1 and +2) and an advice item that is never counted.
 */
class AdherenceLedgerTest {

    final List<LogRecord> logs = new ArrayList<>();

    @Test
    void done_counts_one_partly_done_its_share_of_sets_and_skipped_nothing() {
        var daily = routine(version(1, MONDAY, null, Schedule.everyDay()));
        log(11, MONDAY, LogStatus.DONE, null);
        log(12, MONDAY, LogStatus.PARTLY, 1);
        log(11, MONDAY.plusDays(1), LogStatus.SKIPPED, null);

        var days = new AdherenceLedger(List.of(daily), logs, Set.of(), MONDAY.plusDays(2)).byDay(MONDAY,
                MONDAY.plusDays(1));

        assertThat(days.get(MONDAY)).isEqualTo(new Adherence(1.5, 2));
        assertThat(days.get(MONDAY.plusDays(1))).isEqualTo(new Adherence(0, 2));
    }

    @Test
    void twice_a_day_doubles_the_occurrences() {
        var twice = routine(version(1, MONDAY, null, new Schedule(127, null, 2)));
        log(11, MONDAY, LogStatus.DONE, null);
        logs.add(new LogRecord(11, MONDAY, 2, LogStatus.DONE, null, null, null, null, false, Instant.EPOCH));

        var monday = new AdherenceLedger(List.of(twice), logs, Set.of(), MONDAY.plusDays(1)).byDay(MONDAY, MONDAY)
                .get(MONDAY);

        assertThat(monday).isEqualTo(new Adherence(2, 4));
    }

    @Test
    void a_skip_alone_does_not_make_a_day_of_an_n_days_a_week_routine_due() {
        var weekly = routine(version(1, MONDAY, null, Schedule.daysPerWeek(1, 1)));
        log(11, MONDAY, LogStatus.DONE, null);
        log(11, MONDAY.plusDays(2), LogStatus.SKIPPED, null);

        var days = new AdherenceLedger(List.of(weekly), logs, Set.of(), MONDAY.plusDays(7)).byDay(MONDAY,
                MONDAY.plusDays(6));

        assertThat(days.keySet()).containsExactly(MONDAY);
    }

    @Test
    void the_streak_counts_good_days_back_from_today_skipping_days_with_nothing_due_and_a_red_flag() {
        var weekdays = routine(version(1, MONDAY, null, new Schedule(0b0011111, null, 1)));
        var today = MONDAY.plusDays(8);
        for (var day : List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(3), MONDAY.plusDays(4),
                MONDAY.plusDays(7))) {
            log(11, day, LogStatus.DONE, null);
            log(12, day, LogStatus.DONE, null);
        }
        var redFlagOnWednesday = Set.of(MONDAY.plusDays(2));

        assertThat(new AdherenceLedger(List.of(weekdays), logs, redFlagOnWednesday, today).streak(MONDAY))
                .as("Monday, Friday, Thursday, Tuesday, Monday: the red-flag Wednesday and the weekend are not due, "
                        + "and today is not done yet")
                .isEqualTo(5);
        assertThat(new AdherenceLedger(List.of(weekdays), logs, Set.of(), today).streak(MONDAY))
                .as("a Wednesday simply missed ends it").isEqualTo(3);
    }

    @Test
    void each_exercise_gets_its_own_record() {
        var daily = routine(version(1, MONDAY, null, Schedule.everyDay()));
        logs.add(new LogRecord(11, MONDAY, 1, LogStatus.SKIPPED, null, SkipReason.PAIN, 6, null, false,
                Instant.EPOCH));
        logs.add(new LogRecord(11, MONDAY.plusDays(1), 1, LogStatus.DONE, null, null, 8, null, true, Instant.EPOCH));

        var exercises = new AdherenceLedger(List.of(daily), logs, Set.of(), MONDAY.plusDays(2))
                .exercises(MONDAY, MONDAY.plusDays(2));

        var first = exercises.getFirst();
        assertThat(first.scheduled()).isEqualTo(3);
        assertThat(first.done()).isEqualTo(1);
        assertThat(first.skipped()).containsEntry(SkipReason.PAIN, 1);
        assertThat(first.meanPain()).isEqualTo(7.0);
        assertThat(first.painFlags()).isEqualTo(1);
    }

    private void log(long itemId, LocalDate day, LogStatus status, Integer sets) {
        logs.add(new LogRecord(itemId, day, 1, status, sets == null ? null : new Part(sets, PartUnit.SETS),
                status == LogStatus.SKIPPED ? SkipReason.NO_TIME : null,
                null, null, false, Instant.EPOCH));
    }
}
