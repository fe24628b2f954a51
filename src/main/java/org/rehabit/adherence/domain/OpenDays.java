package org.rehabit.adherence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which patients still have exercise to do today, for reminders: looking forward, where {@link ScheduleExpansion}
 * judges days that passed. The routine in force today has an exercise and is due today: on fixed weekdays, today is
 * one of them; with "N days a week", fewer than N days of this week (Monday to yesterday) had an exercise done or
 * partly done. Nothing is recorded today yet (a session begun counts as something), and no red flag was reported today.
 */
@Repository
public class OpenDays {

    private final JdbcClient jdbc;

    OpenDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Of these patients, those whose day is due and untouched; one statement however many they are. */
    public List<Long> untouched(Collection<Long> patientIds, LocalDate day) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id from unnest(:patients) as p(id)
                where exists (
                        select 1 from routine r
                        cross join lateral (select v.id, v.weekdays, v.days_per_week, v.end_date
                                            from routine_version v
                                            where v.routine_id = r.id and v.effective_from <= :day
                                            order by v.number desc limit 1) v
                        where r.patient_id = p.id and (v.end_date is null or v.end_date >= :day)
                          and exists (select 1 from routine_item i join exercise e on e.id = i.exercise_id
                                      where i.routine_version_id = v.id and e.kind = 'EXERCISE')
                          and (v.weekdays & :weekday <> 0
                               or v.days_per_week > (select count(distinct s.day)
                                                     from exercise_session s
                                                     join exercise_log l on l.session_id = s.id
                                                     where s.patient_id = p.id and s.day >= :monday
                                                       and s.day < :day and l.status in ('DONE', 'PARTLY'))))
                  and not exists (select 1 from exercise_session s where s.patient_id = p.id and s.day = :day)
                  and not exists (select 1 from check_in c where c.patient_id = p.id and c.day = :day
                                  and (c.severe_neck_pain or c.arm_symptoms))""")
                .param("patients", patientIds.toArray(Long[]::new)).param("day", day)
                .param("weekday", 1 << (day.getDayOfWeek().getValue() - 1))
                .param("monday", day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                .query(Long.class).list();
    }
}
