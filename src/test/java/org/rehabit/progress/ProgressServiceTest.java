package org.rehabit.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.progress.domain.CaseloadFigures;
import org.rehabit.adherence.domain.AdherenceDays;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.progress.domain.ProgressQueries;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.progress.service.CaseloadRow;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.base.database.StatementCounter;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The therapist's dashboard figures and a patient's progress, on hand-made roll-up rows; who may read them. */
@IntegrationTest
@Transactional
class ProgressServiceTest {

    @Autowired
    ProgressService progress;
    @Autowired
    AlertService alerts;
    @Autowired
    AdherenceDays records;
    @Autowired
    ProgressQueries queries;
    @Autowired
    StatementCounter statements;
    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = LocalDate.now();

    @Test
    @WithUserDetails("therapist")
    void the_dashboard_works_out_adherence_trend_activity_and_alerts_in_three_statements() {
        var rows = new ArrayList<DayRow>();
        for (int back = 30; back >= 1; back--) {
            // last 7 days: 2 of 4 done each day, pain after 5; the 7 before: all done, pain after 2
            rows.add(new DayRow(today.minusDays(back), 4, back <= 7 ? 2 : 4, null, back <= 14 ? (back <= 7 ? 5 : 2)
                    : null, true, false));
        }
        records.replaceDays(idOf("patient"), today.minusDays(40), today, rows, Instant.now());
        jdbc.update("delete from progress_summary"); // none yet: the first look of the day works them out
        jdbc.update("insert into patient_alert (patient_id, kind, day, episode, detail, raised_at) "
                + "values (?, 'PAIN_STOP', current_date, current_date, 'Neck tilt · 8/10', now())", idOf("patient"));

        var counted = statements.measure(() -> progress.caseload());

        assertThat(counted.statements()).as("summaries brought up to date, read, open alerts").isEqualTo(3);
        var caseload = counted.result().patients();
        assertThat(caseload).extracting(row -> row.figures().name()).as("needing attention first")
                .containsExactly("Paula Patient", "Peter Patient");
        var paula = caseload.getFirst().figures();
        assertThat(paula.last7().ratio().getAsDouble()).isEqualTo(0.5);
        assertThat(paula.last30().ratio().getAsDouble()).isEqualTo((7 * 2 + 23 * 4) / 120.0);
        assertThat(paula.painTrend().orElseThrow().change()).isEqualTo(3.0);
        assertThat(paula.painAfter()).hasSize(14);
        assertThat(paula.lastActive()).isEqualTo(today.minusDays(1));
        assertThat(caseload.getFirst().openAlerts()).isEqualTo(1);
        assertThat(caseload.getFirst().needsAttention()).isTrue();
        assertThat(caseload.get(1).needsAttention()).as("nothing due, nothing wrong").isFalse();
        assertThat(counted.result().openAlerts()).hasSize(1);
    }

    @Test
    @WithUserDetails("therapist")
    void the_dashboard_reads_todays_summaries_and_works_out_again_those_of_an_earlier_day() {
        var patient = idOf("patient");
        records.replaceDays(patient, today.minusDays(30), today,
                List.of(new DayRow(today.minusDays(1), 4, 4, null, 3, true, false)), Instant.now());
        queries.refreshSummary(patient, today);
        records.replaceDays(patient, today.minusDays(30), today,
                List.of(new DayRow(today.minusDays(1), 4, 1, null, 3, true, false)), Instant.now());

        assertThat(paula().last7().completed()).as("today's summary, kept with every write, is read as it is")
                .isEqualTo(4.0);

        jdbc.update("update progress_summary set as_of = as_of - 1 where patient_id = ?", patient);

        assertThat(paula().last7().completed()).as("yesterday's summary is worked out again").isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select as_of from progress_summary where patient_id = ?", LocalDate.class,
                patient)).isEqualTo(today);
    }

    @Test
    @WithUserDetails("therapist")
    void a_patients_progress_comes_by_week_by_day_and_by_exercise() {
        var monday = today.with(DayOfWeek.MONDAY).minusWeeks(2);
        records.replaceDays(idOf("patient"), monday, today, List.of(
                new DayRow(monday, 5, 5, 4, 3, true, false), new DayRow(monday.plusDays(1), 5, 2.5, 5, 4, true, false),
                new DayRow(monday.plusWeeks(1), 5, 0, null, null, false, false)), Instant.now());

        var counted = statements.measure(() -> progress.progress(idOf("patient"), monday, today));

        assertThat(counted.result().weeks()).extracting(w -> w.adherence().ratio().getAsDouble())
                .containsExactly(0.75, 0.0);
        assertThat(counted.result().painDays()).extracting(DayRow::painAfter).containsExactly(3, 4);
        assertThat(counted.statements()).as("access check, weeks, pain, exercises, their names: none per day or week")
                .isLessThanOrEqualTo(6);
        assertThatThrownBy(() -> progress.progress(idOf("patient"), today, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("therapist2")
    void another_therapist_gets_nothing_of_a_patient_not_theirs() {
        var alert = raiseFor("patient");

        assertThat(progress.caseload().patients()).extracting(row -> row.figures().name())
                .doesNotContain("Paula Patient");
        assertThat(progress.caseload().openAlerts()).isEmpty();
        assertThatThrownBy(() -> progress.progress(idOf("patient"), today.minusDays(7), today))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> alerts.history(idOf("patient"))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> alerts.acknowledge(alert)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> alerts.resolve(alert, "Not mine")).isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select resolved_at is null and acknowledged_at is null from patient_alert "
                + "where id = ?", Boolean.class, alert)).isTrue();
    }

    @Test
    @WithUserDetails("patient2")
    void a_patient_reads_only_their_own_progress() {
        assertThat(progress.progress(idOf("patient2"), today.minusDays(7), today).weeks()).isEmpty();
        assertThatThrownBy(() -> progress.progress(idOf("patient"), today.minusDays(7), today))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.caseload()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> alerts.resolve(raiseFor("patient2"), "Fine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("therapist")
    void the_therapist_acknowledges_then_resolves_with_a_note_and_the_history_keeps_it() {
        var alert = raiseFor("patient");

        alerts.acknowledge(alert);
        assertThatThrownBy(() -> alerts.resolve(alert, "  ")).isInstanceOf(InvalidInputException.class);
        alerts.resolve(alert, "Phoned Paula; lighter routine from tomorrow.");

        assertThat(alerts.openAlerts(idOf("patient"))).isEmpty();
        var history = alerts.history(idOf("patient"));
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().acknowledgedAt()).isNotNull();
        assertThat(history.getFirst().resolutionNote()).isEqualTo("Phoned Paula; lighter routine from tomorrow.");
    }

    private CaseloadFigures paula() {
        return progress.caseload().patients().stream().map(CaseloadRow::figures).filter(f -> f.name().equals("Paula Patient"))
                .findFirst().orElseThrow();
    }

    private long raiseFor(String username) {
        return jdbc.queryForObject("insert into patient_alert (patient_id, kind, day, episode, detail, raised_at) "
                + "values (?, 'RED_FLAG', current_date, current_date, 'NECK', now()) returning id", Long.class,
                idOf(username));
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from account where username = ?", Long.class, username);
    }
}
