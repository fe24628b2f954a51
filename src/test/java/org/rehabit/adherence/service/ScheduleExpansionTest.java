package org.rehabit.adherence.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

    @Test
    void fixed_weekdays_are_due_from_the_start_to_the_end_date() {
        var routine = routine(version(1, MONDAY.plusDays(2), MONDAY.plusDays(10),
                Schedule.onWeekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2)));

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(20), MONDAY.plusDays(30), Set.of());

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

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(6), MONDAY.plusDays(10), Set.of());

        assertThat(due).extracting(d -> d.day().getDayOfWeek()).containsExactly(DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
        assertThat(due).extracting(d -> d.version().number()).containsExactly(1, 1, 1, 2);
    }

    @Test
    void n_days_a_week_counts_active_days_and_the_days_a_finished_week_fell_short() {
        var routine = routine(version(1, MONDAY, null, Schedule.daysPerWeek(3, 1)));
        var active = Set.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(7));

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(13), MONDAY.plusDays(14), active);

        assertThat(due).extracting(ScheduleExpansion.Due::day).containsExactly(
                MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(6),
                MONDAY.plusDays(7), MONDAY.plusDays(12), MONDAY.plusDays(13));
    }

    @Test
    void n_days_a_week_counts_a_miss_in_the_current_week_only_once_it_cannot_be_made_up() {
        var routine = routine(version(1, MONDAY, null, Schedule.daysPerWeek(3, 1)));
        var thursday = MONDAY.plusDays(3);

        assertThat(ScheduleExpansion.dueDays(routine, MONDAY, thursday, thursday, Set.of()))
                .as("Thursday to Sunday still leave room for 3 days").isEmpty();
        var saturday = MONDAY.plusDays(5);
        assertThat(ScheduleExpansion.dueDays(routine, MONDAY, saturday, saturday, Set.of()))
                .extracting(ScheduleExpansion.Due::day).as("only Saturday and Sunday are left: one day is missed")
                .containsExactly(MONDAY.plusDays(4));
    }

    @Test
    void n_days_a_week_never_asks_for_more_days_than_the_routine_runs_that_week() {
        var routine = routine(version(1, MONDAY.plusDays(5), null, Schedule.daysPerWeek(5, 1)));

        var due = ScheduleExpansion.dueDays(routine, MONDAY, MONDAY.plusDays(6), MONDAY.plusDays(7), Set.of());

        assertThat(due).extracting(ScheduleExpansion.Due::day).containsExactly(MONDAY.plusDays(5),
                MONDAY.plusDays(6));
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
                CatalogStatus.RECOMMENDED, null, null, List.of(), null, null, dosage, false, false);
        return new ItemDetails(id, exercise, new PrescribedExercise(exerciseId, dosage, 30, null), null, null);
    }
}
