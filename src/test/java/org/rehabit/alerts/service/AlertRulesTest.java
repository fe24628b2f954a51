package org.rehabit.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.domain.AdherenceDays;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.adherence.service.DaysPassed;
import org.rehabit.security.AppRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alerts worked out from the roll-up, on hand-made days of a patient of the test's own: each condition raises
 * exactly one alert per episode, and after it is resolved a new episode raises a new one.
 */
@IntegrationTest
@Transactional
@WithMockUser(roles = AppRoles.SYSTEM)
class AlertRulesTest {

    @Autowired
    AlertRules rules;
    @Autowired
    AdherenceDays days;
    @Autowired
    Clock clock;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    LocalDate today;
    TestAccount therapist;
    long patient;

    @BeforeEach
    void makeThePatient() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist).id();
    }

    @Test
    void pain_trending_up_raises_one_alert_for_as_long_as_it_lasts() {
        var rows = new ArrayList<DayRow>();
        for (int back = 14; back >= 1; back--) {
            rows.add(day(back, 5, 5, back >= 8 ? 2 : 4));
        }
        save(rows);
        var yesterday = today.minusDays(1);

        rules.painTrend(patient, yesterday);
        assertThat(alerts("PAIN_TREND")).as("2.0 → 4.0 is a rise of 2").isEqualTo(1);
        rules.painTrend(patient, yesterday);
        assertThat(alerts("PAIN_TREND")).as("the same episode").isEqualTo(1);

        resolveAll();
        rules.painTrend(patient, yesterday);
        assertThat(alerts("PAIN_TREND")).as("resolved while it lasts: not raised again").isEqualTo(1);
        jdbc.update("update patient_alert set day = day - 3, episode = episode - 3 where patient_id = ?", patient);
        rules.painTrend(patient, yesterday);
        assertThat(alerts("PAIN_TREND")).as("seen again after a break: a new episode").isEqualTo(2);
    }

    @Test
    void a_rise_under_two_points_raises_nothing() {
        var rows = new ArrayList<DayRow>();
        for (int back = 14; back >= 1; back--) {
            rows.add(day(back, 5, 5, back >= 8 ? 3 : 4));
        }
        save(rows);

        rules.painTrend(patient, today.minusDays(1));

        assertThat(alerts("PAIN_TREND")).isZero();
    }

    @Test
    void two_scheduled_days_missed_in_a_row_raise_one_alert_and_a_new_run_a_new_one() {
        var since = today.minusDays(20);
        save(List.of(day(4, 4, 4, null), day(3, 4, 0, null), day(2, 4, 4, null), day(1, 4, 0, null)));
        daysPassed(since);
        assertThat(alerts("MISSED_DAYS")).as("single misses").isZero();

        save(List.of(day(3, 4, 4, null), day(2, 4, 0, null), day(1, 4, 0, null)));
        daysPassed(since);
        daysPassed(since);
        assertThat(alerts("MISSED_DAYS")).isEqualTo(1);

        resolveAll();
        daysPassed(since);
        assertThat(alerts("MISSED_DAYS")).as("the same run stays resolved").isEqualTo(1);

        jdbc.update("update patient_alert set episode = episode - 10, day = day - 10 where patient_id = ?", patient);
        daysPassed(since);
        assertThat(alerts("MISSED_DAYS")).as("a later run is a new episode").isEqualTo(2);
    }

    @Test
    void a_week_without_a_record_while_a_routine_is_in_force_raises_one_alert() {
        var since = today.minusDays(30);
        save(List.of(day(7, 2, 2, null)));
        daysPassed(since);
        assertThat(alerts("NO_ACTIVITY")).as("active 7 days ago: 6 idle days").isZero();

        save(List.of(day(8, 2, 2, null)));
        daysPassed(since);
        daysPassed(since);
        assertThat(alerts("NO_ACTIVITY")).isEqualTo(1);

        resolveAll();
        jdbc.update("delete from patient_alert where patient_id = ?", patient);
        daysPassed(null);
        assertThat(alerts("NO_ACTIVITY")).as("no routine in force").isZero();
    }

    @Test
    void a_patient_who_never_recorded_anything_is_alerted_a_week_after_the_routine_began() {
        daysPassed(today.minusDays(6));
        assertThat(alerts("NO_ACTIVITY")).as("six idle days").isZero();

        daysPassed(today.minusDays(7));
        assertThat(alerts("NO_ACTIVITY")).isEqualTo(1);
    }

    private void daysPassed(LocalDate routineSince) {
        rules.on(new DaysPassed(patient, today, routineSince));
    }

    private DayRow day(int daysBack, int scheduled, double completed, Integer painAfter) {
        return new DayRow(today.minusDays(daysBack), scheduled, completed, null, painAfter, completed > 0, false);
    }

    private void save(List<DayRow> rows) {
        days.replaceDays(patient, today.minusDays(30), today, rows, clock.instant());
    }

    private void resolveAll() {
        jdbc.update("""
                update patient_alert set resolved_at = ?, resolved_by = ?, resolution_note = 'Called.'
                where patient_id = ? and resolved_at is null""", timestamp(clock.instant()), therapist.id(), patient);
    }

    private long alerts(String kind) {
        return jdbc.queryForObject("select count(*) from patient_alert where patient_id = ? and kind = ?", Long.class,
                patient, kind);
    }
}
