package org.rehabit.adherence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.prescriptions.service.VersionDetails;

/** Which days a routine is due: fixed weekdays, N days a week, start and end dates, versions changing mid-week. */
class ScheduleExpansionTest {

    // Monday 2 November 2026 to Sunday 8 November
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final ScheduleExpansion.Activity NONE = ScheduleExpansion.Activity.NONE;

    @Test
    void fixed_weekdays_are_due_from_the_start_to_the_end_date() {
        var routine = routine(version(1, MONDAY.plusDays(2), MONDAY.plusDays(10),
                Schedule.onWeekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2)));

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(20), MONDAY.plusDays(30), NONE);

        assertThat(due).extracting(ScheduleExpansion.Due::day)
                .containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(4), MONDAY.plusDays(7), MONDAY.plusDays(9));
        assertThat(due.getFirst().occurrences()).as("2 exercises twice a day (the advice item is not counted)")
                .isEqualTo(4);
    }

    @Test
    void a_version_taking_effect_mid_week_is_followed_from_its_date() {
        var first = version(1, MONDAY, null, Schedule.everyDay());
        var second = version(2, MONDAY.plusDays(3), null,
                Schedule.onWeekdays(EnumSet.of(DayOfWeek.SATURDAY), 1));
        var routine = routine(first, second);

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(6), MONDAY.plusDays(10), NONE);

        assertThat(due).extracting(d -> d.day().getDayOfWeek()).containsExactly(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
        assertThat(due).extracting(d -> d.version().number()).containsExactly(1, 1, 1, 2);
    }

    @Test
    void n_days_a_week_counts_active_days_and_the_days_a_finished_week_fell_short() {
        var routine = routine(version(1, MONDAY, null, Schedule.daysPerWeek(3, 1)));
        var active = Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(7));

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(13), MONDAY.plusDays(14),
                activeOn(active));

        assertThat(due).extracting(ScheduleExpansion.Due::day).containsExactly(
                MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(6),
                MONDAY.plusDays(7), MONDAY.plusDays(12), MONDAY.plusDays(13));
    }

    @Test
    void n_days_a_week_counts_a_miss_in_the_current_week_only_once_it_cannot_be_made_up() {
        var routine = routine(version(1, MONDAY, null, Schedule.daysPerWeek(3, 1)));
        var thursday = MONDAY.plusDays(3);

        assertThat(ScheduleExpansion.dueDays(routine, MONDAY, thursday, thursday, NONE))
                .as("Thursday to Sunday still leave room for 3 days").isEmpty();
        var saturday = MONDAY.plusDays(5);
        assertThat(ScheduleExpansion.dueDays(routine, MONDAY, saturday, saturday, NONE))
                .extracting(ScheduleExpansion.Due::day).as("only Saturday and Sunday are left: one day is missed")
                .containsExactly(MONDAY.plusDays(4));
    }

    @Test
    void n_days_a_week_asks_only_its_share_of_a_week_the_routine_partly_covers() {
        var fromFriday = routine(version(1, MONDAY.plusDays(4), null, Schedule.daysPerWeek(3, 1)));
        var fromSaturday = routine(version(1, MONDAY.plusDays(5), null, Schedule.daysPerWeek(5, 1)));
        var nextMonday = MONDAY.plusDays(7);

        assertThat(ScheduleExpansion.dueDays(fromFriday, MONDAY, MONDAY.plusDays(6), nextMonday,
                NONE)).extracting(ScheduleExpansion.Due::day)
                .as("3 days a week over 3 of 7 days: 2 days").containsExactly(MONDAY.plusDays(5), MONDAY.plusDays(6));
        assertThat(ScheduleExpansion.dueDays(fromSaturday, MONDAY, MONDAY.plusDays(6), nextMonday,
                NONE)).extracting(ScheduleExpansion.Due::day)
                .as("5 days a week over 2 of 7 days: 2 days").containsExactly(MONDAY.plusDays(5), MONDAY.plusDays(6));
    }

    @Test
    void a_day_blocked_by_a_red_flag_is_never_due() {
        var daily = routine(version(1, MONDAY, null, Schedule.everyDay()));
        var blocked = new ScheduleExpansion.Activity(Set.of(), Map.of(), Set.of(MONDAY.plusDays(1)));

        assertThat(ScheduleExpansion.dueDays(daily, MONDAY, MONDAY.plusDays(2), MONDAY.plusDays(3), blocked))
                .extracting(ScheduleExpansion.Due::day).containsExactly(MONDAY, MONDAY.plusDays(2));
    }

    @Test
    void a_day_already_recorded_keeps_its_version_when_a_new_one_takes_effect_that_day() {
        var first = version(1, MONDAY, null, Schedule.everyDay());
        var second = version(2, MONDAY.plusDays(2), null, Schedule.everyDay());
        var routine = routine(first, second);
        var wednesday = MONDAY.plusDays(2);
        var recorded = new ScheduleExpansion.Activity(Set.of(wednesday),
                Map.of(wednesday, Set.of(first.items().getFirst().id())), Set.of());

        assertThat(ScheduleExpansion.dueDays(routine, wednesday, MONDAY.plusDays(3), MONDAY.plusDays(4), recorded))
                .extracting(d -> d.version().number()).containsExactly(1, 2);
    }

    static ScheduleExpansion.Activity activeOn(Set<LocalDate> days) {
        return new ScheduleExpansion.Activity(days, Map.of(), Set.of());
    }

    @Test
    void nothing_is_due_before_the_start_or_after_the_end() {
        var routine = routine(version(1, MONDAY.plusDays(7), MONDAY.plusDays(8), Schedule.everyDay()));

        assertThat(ScheduleExpansion.inForce(routine, MONDAY.plusDays(6))).isEmpty();
        assertThat(ScheduleExpansion.inForce(routine, MONDAY.plusDays(8))).isPresent();
        assertThat(ScheduleExpansion.inForce(routine, MONDAY.plusDays(9))).isEmpty();
    }

    static RoutineDetails routine(VersionDetails... versions) {
        return new RoutineDetails(1, 0, 4, "Pat", RoutineState.ACTIVE, List.of(versions), versions[0]);
    }

    static VersionDetails version(int number, LocalDate from, LocalDate end, Schedule schedule) {
        var items = List.of(item(number * 10 + 1, 1, ExerciseKind.EXERCISE), item(number * 10 + 2, 2,
                ExerciseKind.EXERCISE), item(number * 10 + 3, 3, ExerciseKind.EDUCATION));
        return new VersionDetails(number, number, from, "Routine", end, schedule, "Theo", Instant.EPOCH, items,
                List.of());
    }

    static ItemDetails item(long id, long exerciseId, ExerciseKind kind) {
        var dosage = kind == ExerciseKind.EXERCISE ? new Dosage(2, 5, 5, null, null) : null;
        var exercise = new ExerciseInstructions(exerciseId, "Exercise " + exerciseId, "", kind,
                CatalogStatus.RECOMMENDED, null, null, List.of(), null, null, dosage, false, false, false, null,
                Set.of(), Set.of());
        return new ItemDetails(id, exercise, new PrescribedExercise(exerciseId, dosage, 30, null, null, null, null),
                null, null);
    }
}
