package org.rehabit.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.domain.AdherenceDays;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.service.LogEntry;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.alerts.domain.CaseloadAlert;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.base.database.StatementCounter;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.progress.domain.CaseloadFigures;
import org.rehabit.progress.domain.ProgressQueries;
import org.rehabit.progress.service.CaseloadRow;
import org.rehabit.progress.service.ProgressService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's dashboard figures and a patient's progress, on hand-made roll-up rows; who may read them. The
 * therapist has two patients, each with a routine from today: {@code patient}, whose name sorts last, gets the
 * records; {@code quietPatient} has nothing due yet.
 */
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
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientDayService days;

    LocalDate today;
    TestAccount therapist;
    TestAccount quietPatient;
    TestAccount patient;

    @BeforeEach
    void makeACaseloadOfTwo() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        // by name, the patient needing attention comes last: only needing attention can put them first
        var byName = data.patientsOf(therapist, 2);
        quietPatient = byName.getFirst();
        patient = byName.getLast();
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.routine(quietPatient, TestRoutines.mondayWednesdayFriday(jdbc, today));
    }

    @Test
    void the_dashboard_works_out_adherence_trend_activity_and_alerts_in_four_statements() {
        data.signIn(therapist);
        var rows = new ArrayList<DayRow>();
        for (int back = 30; back >= 1; back--) {
            // last 7 days: 2 of 4 done each day, pain after 5; the 7 before: all done, pain after 2
            rows.add(new DayRow(today.minusDays(back), 4, back <= 7 ? 2 : 4, null, back <= 14 ? (back <= 7 ? 5 : 2)
                    : null, true, false));
        }
        records.replaceDays(patient.id(), today.minusDays(40), today, rows, clock.instant());
        // none yet: the first look of the day works them out
        jdbc.update("delete from progress_summary where patient_id in (?, ?)", patient.id(), quietPatient.id());
        raise(patient, "PAIN_STOP", "Neck tilt · 8/10");

        var counted = statements.measure(() -> progress.caseload());

        assertThat(counted.statements()).as("summaries brought up to date, read, open alerts, audit row")
                .isEqualTo(4);
        var caseload = counted.result().patients();
        assertThat(caseload).extracting(row -> row.figures().patientId()).as("needing attention first")
                .containsExactly(patient.id(), quietPatient.id());
        var figures = caseload.getFirst().figures();
        assertThat(figures.last7().ratio().getAsDouble()).isEqualTo(0.5);
        assertThat(figures.last30().ratio().getAsDouble()).isEqualTo((7 * 2 + 23 * 4) / 120.0);
        assertThat(figures.painTrend().orElseThrow().change()).isEqualTo(3.0);
        assertThat(figures.painAfter()).hasSize(14);
        assertThat(figures.lastActive()).isEqualTo(today.minusDays(1));
        assertThat(caseload.getFirst().openAlerts()).isEqualTo(1);
        assertThat(caseload.getFirst().needsAttention()).isTrue();
        assertThat(caseload.get(1).needsAttention()).as("nothing due, nothing wrong").isFalse();
        assertThat(counted.result().openAlerts()).extracting(CaseloadAlert::patientId).containsExactly(patient.id());
    }

    @Test
    void the_dashboard_reads_todays_summaries_and_works_out_again_those_of_an_earlier_day() {
        data.signIn(therapist);
        records.replaceDays(patient.id(), today.minusDays(30), today,
                List.of(new DayRow(today.minusDays(1), 4, 4, null, 3, true, false)), clock.instant());
        queries.refreshSummary(patient.id(), today);
        records.replaceDays(patient.id(), today.minusDays(30), today,
                List.of(new DayRow(today.minusDays(1), 4, 1, null, 3, true, false)), clock.instant());

        assertThat(figuresOfPatient().last7().completed())
                .as("today's summary, kept with every write, is read as it is").isEqualTo(4.0);

        jdbc.update("update progress_summary set as_of = as_of - 1 where patient_id = ?", patient.id());

        assertThat(figuresOfPatient().last7().completed()).as("yesterday's summary is worked out again")
                .isEqualTo(1.0);
        assertThat(jdbc.queryForObject("select as_of from progress_summary where patient_id = ?", LocalDate.class,
                patient.id())).isEqualTo(today);
    }

    @Test
    void a_patients_progress_comes_by_week_by_day_and_by_exercise() {
        data.signIn(therapist);
        var monday = today.with(DayOfWeek.MONDAY).minusWeeks(2);
        records.replaceDays(patient.id(), monday, today, List.of(
                new DayRow(monday, 5, 5, 4, 3, true, false), new DayRow(monday.plusDays(1), 5, 2.5, 5, 4, true, false),
                new DayRow(monday.plusWeeks(1), 5, 0, null, null, false, false)), clock.instant());

        var counted = statements.measure(() -> progress.progress(patient.id(), monday, today));

        assertThat(counted.result().weeks()).extracting(w -> w.adherence().ratio().getAsDouble())
                .containsExactly(0.75, 0.0);
        assertThat(counted.result().painDays()).extracting(DayRow::painAfter).containsExactly(3, 4);
        assertThat(counted.statements())
                .as("access check, audit row, weeks, pain, exercises, their names: none per day or week")
                .isLessThanOrEqualTo(6);
        assertThatThrownBy(() -> progress.progress(patient.id(), today, today.minusDays(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_exercise_table_says_how_hard_the_patient_found_each_exercise() {
        data.signIn(patient);
        days.checkIn(false, false);
        var items = days.day(today).routines().getFirst().items();
        days.record(today, 1, items.get(0).id(), new LogEntry(LogStatus.DONE, null, null, null, Difficulty.EASY));
        days.record(today, 1, items.get(1).id(), new LogEntry(LogStatus.DONE, null, null, null, Difficulty.HARD));
        data.signIn(therapist);

        var lines = progress.progress(patient.id(), today, today).exercises();

        assertThat(lines.get(0)).extracting(f -> f.easy(), f -> f.justRight(), f -> f.hard())
                .containsExactly(1, 0, 0);
        assertThat(lines.get(1)).extracting(f -> f.easy(), f -> f.justRight(), f -> f.hard())
                .containsExactly(0, 0, 1);
    }

    @Test
    void another_therapist_gets_nothing_of_a_patient_not_theirs() {
        var alert = raise(patient, "RED_FLAG", "NECK");
        var otherTherapist = data.therapist();
        var theirOwn = data.patientOf(otherTherapist);
        data.signIn(otherTherapist);

        assertThat(progress.caseload().patients()).extracting(row -> row.figures().patientId())
                .containsExactly(theirOwn.id());
        assertThat(progress.caseload().openAlerts()).isEmpty();
        assertThatThrownBy(() -> progress.progress(patient.id(), today.minusDays(7), today))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> alerts.history(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> alerts.acknowledge(alert)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> alerts.resolve(alert, "Not mine")).isInstanceOf(RecordNotFoundException.class);
        assertThat(jdbc.queryForObject("select resolved_at is null and acknowledged_at is null from patient_alert "
                + "where id = ?", Boolean.class, alert)).isTrue();
    }

    @Test
    void a_patient_reads_only_their_own_progress() {
        data.signIn(quietPatient);

        assertThat(progress.progress(quietPatient.id(), today.minusDays(7), today).weeks()).isEmpty();
        assertThatThrownBy(() -> progress.progress(patient.id(), today.minusDays(7), today))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> progress.caseload()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> alerts.resolve(raise(quietPatient, "RED_FLAG", "NECK"), "Fine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_therapist_acknowledges_then_resolves_with_a_note_and_the_history_keeps_it() {
        data.signIn(therapist);
        var alert = raise(patient, "RED_FLAG", "NECK");

        alerts.acknowledge(alert);
        assertThatThrownBy(() -> alerts.resolve(alert, "  ")).isInstanceOf(InvalidInputException.class);
        alerts.resolve(alert, "Phoned the patient; lighter routine from tomorrow.");

        assertThat(alerts.openAlerts(patient.id())).isEmpty();
        var history = alerts.history(patient.id());
        assertThat(history).hasSize(1);
        assertThat(history.getFirst().acknowledgedAt()).isNotNull();
        assertThat(history.getFirst().resolutionNote()).isEqualTo("Phoned the patient; lighter routine from tomorrow.");
    }

    private CaseloadFigures figuresOfPatient() {
        return progress.caseload().patients().stream().map(CaseloadRow::figures)
                .filter(f -> f.patientId() == patient.id()).findFirst().orElseThrow();
    }

    private long raise(TestAccount of, String kind, String detail) {
        return jdbc.queryForObject("""
                insert into patient_alert (patient_id, kind, day, episode, detail, raised_at)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, of.id(), kind, today, today, detail,
                timestamp(clock.instant()));
    }
}
