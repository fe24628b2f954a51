package org.rehabit.adherence.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.security.AppRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/** The nightly job's one path: roll up the days that passed, then {@link DaysPassed} for the alert rules. */
@IntegrationTest
@Transactional
@WithMockUser(roles = AppRoles.SYSTEM)
class NightlyRollupTest {

    @Autowired
    NightlyRollup job;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    EntityManager entities;

    @Test
    void a_routine_begun_ten_days_ago_with_nothing_recorded_counts_missed_days_and_raises_the_idle_alerts() {
        var today = LocalDate.now(clock);
        var patient = data.patientOf(data.therapist());
        var routine = data.routine(patient, TestRoutines.daily(jdbc, today));
        jdbc.update("update routine_version set effective_from = effective_from - 10 where routine_id = ?", routine);
        entities.clear(); // the routine was made in this transaction: read it again with its earlier start

        job.run(patient.id());

        assertThat(jdbc.queryForObject("""
                select count(*) from adherence_day where patient_id = ? and scheduled = 5 and completed = 0""",
                Long.class, patient.id())).as("the ten days that passed, and today").isEqualTo(11);
        assertThat(jdbc.queryForList("select kind from patient_alert where patient_id = ? order by kind",
                String.class, patient.id())).containsExactly("MISSED_DAYS", "NO_ACTIVITY");
        assertThat(jdbc.queryForObject("select as_of from progress_summary where patient_id = ?", LocalDate.class,
                patient.id())).isEqualTo(today);
    }
}
