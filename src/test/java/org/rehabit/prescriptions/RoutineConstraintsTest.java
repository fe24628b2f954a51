package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.base.domain.SqlTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself refuses what the service refuses, should any other code write to it. */
@IntegrationTest
class RoutineConstraintsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private long therapist;
    private long routine;
    private long version;

    @BeforeEach
    void a_routine_version() {
        var account = data.therapist();
        therapist = account.id();
        var now = SqlTime.timestamp(clock.instant());
        routine = jdbc.queryForObject("insert into routine (patient_id, created_by, created_at, updated_at) "
                + "values (?, ?, ?, ?) returning id", Long.class, data.patientOf(account).id(), therapist, now, now);
        version = jdbc.queryForObject("insert into routine_version (routine_id, number, effective_from, name, "
                + "weekdays, times_per_day, created_by, created_at) values (?, 1, ?, 'R', 127, 1, ?, ?) "
                + "returning id", Long.class, routine, LocalDate.now(clock), therapist, now);
    }

    /** Each refused statement ends its own transaction here, so the test cleans up after itself. */
    @AfterEach
    void delete_the_routine() {
        jdbc.update("delete from routine where id = ?", routine);
    }

    @Test
    void an_exercise_to_avoid_needs_a_recorded_confirmation() {
        assertThatThrownBy(() -> item("Full sit-up", "1, 5, null", null))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("confirmation");
        assertThatCode(() -> item("Full sit-up", "1, 5, null", therapist)).doesNotThrowAnyException();
    }

    @Test
    void dosage_ranges_and_forms_are_enforced() {
        assertThatThrownBy(() -> item("Neck tilt", "11, 5, null", null)).hasMessageContaining("sets_range");
        assertThatThrownBy(() -> item("Neck tilt", "1, 101, null", null)).hasMessageContaining("reps_range");
        assertThatThrownBy(() -> item("Walking", "null, null, 121", null)).hasMessageContaining("minutes_range");
        assertThatThrownBy(() -> item("Neck tilt", "1, 5, 5", null)).hasMessageContaining("minutes_or_reps");
        assertThatThrownBy(() -> item("Neck tilt", "null, null, null", null))
                .hasMessageContaining("needs minutes or repetitions");
        assertThatThrownBy(() -> item("Rest wisely", "null, null, 5", null)).hasMessageContaining("no dosage");
    }

    @Test
    void a_schedule_is_either_weekdays_or_days_per_week() {
        assertThatThrownBy(() -> jdbc.update("update routine_version set days_per_week = 3 where id = ?", version))
                .hasMessageContaining("one_schedule");
        assertThatThrownBy(() -> jdbc.update("update routine_version set times_per_day = 7 where id = ?", version))
                .hasMessageContaining("times_per_day_range");
    }

    /** Adds an item of a seeded exercise; {@code confirmedBy} is who confirmed an exercise to avoid, if anyone. */
    private void item(String exercise, String setsRepsMinutes, Long confirmedBy) {
        jdbc.update("insert into routine_item (routine_version_id, position, exercise_id, dosage_sets, dosage_reps, "
                + "dosage_minutes, avoid_confirmed_by, avoid_confirmed_at) values (?, 0, "
                + "(select id from exercise where name = ? and seeded), " + setsRepsMinutes + ", ?, ?)", version,
                exercise, confirmedBy, confirmedBy == null ? null : SqlTime.timestamp(clock.instant()));
    }
}
