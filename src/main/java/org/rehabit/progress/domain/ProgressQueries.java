package org.rehabit.progress.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.DayRow;
import org.rehabit.alerts.domain.PainTrend;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The progress figures, aggregated in PostgreSQL from the daily roll-up ({@code adherence_day}), the dashboard's
 * summaries kept with it ({@code progress_summary}) and the logs: one statement per question, whatever the number
 * of patients.
 */
@Repository
public class ProgressQueries {

    private final JdbcClient jdbc;

    ProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Works out the summaries of the patients chosen by the first {@code %s} (a condition on {@code account a}) from
     * the roll-up: over the 30 complete days before {@code :today}, adherence over the last 7 and 30 days, mean pain
     * after over the two windows of the pain trend ({@link PainTrend}) that end yesterday, the pain after of each of
     * their days, and the last day with a record. A saved row is replaced only if its {@code as_of} compares with the new one as the second {@code %s}
     * says. Rows are written in patient order, so two statements locking the same rows wait for each other in turn.
     */
    private static final String SUMMARY_UPSERT = """
            insert into progress_summary (patient_id, as_of, scheduled7, completed7, scheduled30, completed30, pain7,
                                          pain_before7, pain_days, pain_values, last_active)
            select a.id, :today, d.*,
                   (select max(x.day) from adherence_day x where x.patient_id = a.id and x.active and x.day <= :today)
            from account a
            cross join lateral (
                select coalesce(sum(scheduled) filter (where day >= :d7), 0),
                       coalesce(sum(completed) filter (where day >= :d7), 0),
                       coalesce(sum(scheduled), 0),
                       coalesce(sum(completed), 0),
                       avg(pain_after) filter (where day >= :recent),
                       avg(pain_after) filter (where day >= :previous and day < :recent),
                       coalesce(array_agg(day order by day)
                                    filter (where day >= :previous and pain_after is not null), '{}'),
                       coalesce(array_agg(pain_after order by day)
                                    filter (where day >= :previous and pain_after is not null), '{}')
                from adherence_day
                where patient_id = a.id and day >= :d30 and day < :today) d
            where a.role = 'PATIENT' and %s
            order by a.id
            on conflict (patient_id) do update set
                as_of = excluded.as_of, scheduled7 = excluded.scheduled7, completed7 = excluded.completed7,
                scheduled30 = excluded.scheduled30, completed30 = excluded.completed30, pain7 = excluded.pain7,
                pain_before7 = excluded.pain_before7, pain_days = excluded.pain_days,
                pain_values = excluded.pain_values, last_active = excluded.last_active
            where progress_summary.as_of %s excluded.as_of""";

    /** The exercises of a patient with a progression suggestion, and which way, replacing those kept before. */
    public void replaceSuggestions(long patientId, Map<Long, String> directionByExercise) {
        jdbc.sql("delete from progression_suggestion where patient_id = ?").param(patientId).update();
        // "on conflict": an accepted step and the patient's own write may refresh the same patient at once
        directionByExercise.forEach((exerciseId, direction) -> jdbc.sql("""
                insert into progression_suggestion (patient_id, exercise_id, direction) values (?, ?, ?)
                on conflict (patient_id, exercise_id) do update set direction = excluded.direction""")
                .params(patientId, exerciseId, direction).update());
    }

    /**
     * Works out again the patient's dashboard figures as of {@code today}, after their roll-up changed (a summary
     * already worked out for a later day is kept).
     */
    public void refreshSummary(long patientId, LocalDate today) {
        summaryUpsert("a.id = :patient", "<=", today).param("patient", patientId).update();
    }

    /**
     * One row per patient of the therapist, from their summaries as of {@code today}. Summaries missing or of an earlier day (the first look of the day, before the nightly job) are worked out
     * first, without overwriting one a patient's write has just brought up to date: two statements in all.
     */
    public List<CaseloadFigures> caseload(long therapistId, LocalDate today) {
        summaryUpsert("""
                a.therapist_id = :therapist
                and not exists (select 1 from progress_summary s where s.patient_id = a.id and s.as_of >= :today)""",
                "<", today).param("therapist", therapistId).update();
        return jdbc.sql("""
                select a.id, a.display_name, s.*,
                       (select count(*) from progression_suggestion p where p.patient_id = a.id) as suggestions
                from account a join progress_summary s on s.patient_id = a.id
                where a.therapist_id = ? and a.role = 'PATIENT'""").param(therapistId)
                .query((rs, row) -> new CaseloadFigures(rs.getLong("id"), rs.getString("display_name"),
                        new Adherence(rs.getDouble("completed7"), rs.getInt("scheduled7")),
                        new Adherence(rs.getDouble("completed30"), rs.getInt("scheduled30")),
                        rs.getObject("pain7", Double.class), rs.getObject("pain_before7", Double.class),
                        painByDay(rs), rs.getObject("last_active", LocalDate.class), rs.getInt("suggestions")))
                .list();
    }

    private JdbcClient.StatementSpec summaryUpsert(String patients, String replaceIf, LocalDate today) {
        var yesterday = today.minusDays(1);
        return jdbc.sql(SUMMARY_UPSERT.formatted(patients, replaceIf)).param("today", today)
                .param("d7", today.minusDays(CaseloadFigures.SHORT_DAYS))
                .param("d30", today.minusDays(CaseloadFigures.LONG_DAYS))
                .param("recent", PainTrend.recentFrom(yesterday)).param("previous", PainTrend.previousFrom(yesterday));
    }

    /** Adherence per week (weeks start on Monday) from {@code from} to {@code to}. */
    public List<WeekAdherence> weeks(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select date_trunc('week', day)::date as week, sum(scheduled) as scheduled, sum(completed) as completed
                from adherence_day where patient_id = ? and day between ? and ?
                group by week order by week""").params(patientId, from, to)
                .query((rs, row) -> new WeekAdherence(rs.getObject("week", LocalDate.class),
                        new Adherence(rs.getDouble("completed"), rs.getInt("scheduled"))))
                .list();
    }

    /** The days with something due, done, a pain score or a red flag. */
    public List<DayRow> days(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select day, scheduled, completed, pain_before, pain_after, active, red_flag from adherence_day
                where patient_id = ? and day between ? and ?
                  and (scheduled > 0 or active or red_flag or pain_before is not null or pain_after is not null)
                order by day""").params(patientId, from, to)
                .query((rs, row) -> DayRow.of(rs)).list();
    }

    /**
     * How each exercise was recorded: done, partly, skipped by reason, mean pain during, stop-rule flags, and how
     * hard the patient found it.
     */
    public List<ExerciseFigures> exercises(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select i.exercise_id, min(e.name) as name,
                       count(*) filter (where l.status = 'DONE') as done,
                       count(*) filter (where l.status = 'PARTLY') as partly,
                       count(*) filter (where l.skip_reason = 'PAIN') as skipped_pain,
                       count(*) filter (where l.skip_reason = 'NO_TIME') as skipped_no_time,
                       count(*) filter (where l.skip_reason = 'UNSURE') as skipped_unsure,
                       count(*) filter (where l.skip_reason = 'OTHER') as skipped_other,
                       avg(l.pain)::float8 as pain, count(*) filter (where l.pain_flag) as pain_flags,
                       count(*) filter (where l.difficulty = 'EASY') as easy,
                       count(*) filter (where l.difficulty = 'RIGHT') as just_right,
                       count(*) filter (where l.difficulty = 'HARD') as hard
                from exercise_session s
                join exercise_log l on l.session_id = s.id
                join routine_item i on i.id = l.routine_item_id
                join exercise e on e.id = i.exercise_id
                where s.patient_id = ? and s.day between ? and ?
                group by i.exercise_id order by min(i.position), i.exercise_id""").params(patientId, from, to)
                .query((rs, row) -> new ExerciseFigures(rs.getLong("exercise_id"), rs.getString("name"),
                        rs.getInt("done"),
                        rs.getInt("partly"), rs.getInt("skipped_pain"), rs.getInt("skipped_no_time"),
                        rs.getInt("skipped_unsure"), rs.getInt("skipped_other"), rs.getObject("pain", Double.class),
                        rs.getInt("pain_flags"), rs.getInt("easy"), rs.getInt("just_right"), rs.getInt("hard")))
                .list();
    }

    private static List<PainOnDay> painByDay(ResultSet rs) throws SQLException {
        var result = new ArrayList<PainOnDay>();
        var dayArray = (Object[]) rs.getArray("pain_days").getArray();
        var valueArray = (Object[]) rs.getArray("pain_values").getArray();
        for (int i = 0; i < dayArray.length; i++) {
            var day = dayArray[i] instanceof Date date ? date.toLocalDate() : (LocalDate) dayArray[i];
            result.add(new PainOnDay(day, ((Number) valueArray[i]).intValue()));
        }
        return result;
    }
}
