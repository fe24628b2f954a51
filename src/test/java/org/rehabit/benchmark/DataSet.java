package org.rehabit.benchmark;

import java.sql.Timestamp;
import java.time.LocalDate;
import org.rehabit.security.domain.Account;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's data: therapists with equal caseloads, each patient on a daily routine of three exercises from
 * the seeded catalog, and then one day after another, oldest first, the days as patients record them: most check
 * in and do their exercises, a few skip one, some do nothing that day; the roll-up row for every patient and day.
 * Set-based SQL per day, through the same tables, constraints and triggers as the application's own writes.
 */
record DataSet(JdbcTemplate jdbc, int therapists, int patients, int days, LocalDate today) {

    record Account(long id, String username) {
    }

    void write() {
        jdbc.update("""
                insert into account (username, email, display_name, password_hash, role, created_at)
                select 'bench-t' || n, 'bench-t' || n || '@bench.example', 'Therapist ' || n, 'x', 'THERAPIST', now()
                from generate_series(1, ?) n""", therapists);
        jdbc.update("""
                insert into account (username, email, display_name, password_hash, role, therapist_id, created_at)
                select 'bench-p' || n, 'bench-p' || n || '@bench.example', 'Patient ' || n, 'x', 'PATIENT',
                       (select id from account where username = 'bench-t' || (1 + n % ?)), now()
                from generate_series(1, ?) n""", therapists, patients);
        var start = today.minusDays(days);
        jdbc.update("""
                insert into routine (patient_id, created_by, created_at, updated_at)
                select id, therapist_id, now(), now() from account where username like 'bench-p%'""");
        jdbc.update("""
                insert into routine_version (routine_id, number, effective_from, name, weekdays, times_per_day,
                                             created_by, created_at)
                select id, 1, ?, 'Neck and back', 127, 1, created_by, now() from routine r
                where patient_id in (select id from account where username like 'bench-p%')""", start);
        for (var item : new Object[][] {{0, "Neck tilt", 1, 5, 5}, {1, "Chair twist", 1, 3, 15},
                {2, "Half crunch", 2, 10, null}}) {
            jdbc.update("""
                    insert into routine_item (routine_version_id, position, exercise_id, dosage_sets, dosage_reps,
                                              dosage_hold_seconds)
                    select v.id, ?, (select id from exercise where name = ?), ?, ?, ? from routine_version v
                    join routine r on r.id = v.routine_id
                    where r.patient_id in (select id from account where username like 'bench-p%')""", item);
        }
        for (var day = start; day.isBefore(today); day = day.plusDays(1)) {
            writeDay(day, (int) (day.toEpochDay() - start.toEpochDay()));
        }
    }

    /** One day as patients would write it: check-in, session with pain, a log per exercise; then the roll-up. */
    private void writeDay(LocalDate day, int n) {
        var at = Timestamp.valueOf(day.atTime(18, 0));
        // 9 in 10 patients exercise on a given day
        var active = "from account p where p.username like 'bench-p%' and (p.id * 7 + ?) % 10 <> 0";
        jdbc.update("insert into check_in (patient_id, day, severe_neck_pain, arm_symptoms, answered_by, "
                + "answered_at) select p.id, ?, false, false, p.id, ? " + active, day, at, n);
        jdbc.update("insert into exercise_session (patient_id, day, round, pain_before, pain_after, recorded_by, "
                + "recorded_at) select p.id, ?, 1, 2 + (p.id + ?) % 4, 1 + (p.id + ?) % 4, p.id, ? " + active,
                day, n, n, at, n);
        jdbc.update("""
                insert into exercise_log (session_id, routine_item_id, status, skip_reason, pain, recorded_by,
                                          recorded_at)
                select s.id, i.id,
                       case when (s.patient_id + i.position + ?) % 12 = 0 then 'SKIPPED' else 'DONE' end,
                       case when (s.patient_id + i.position + ?) % 12 = 0 then 'NO_TIME' end,
                       (s.patient_id + i.position) % 4, s.patient_id, ?
                from exercise_session s
                join routine r on r.patient_id = s.patient_id
                join routine_version v on v.routine_id = r.id
                join routine_item i on i.routine_version_id = v.id
                where s.day = ?""", n, n, at, day);
        jdbc.update("""
                insert into adherence_day (patient_id, day, scheduled, completed, pain_before, pain_after, active,
                                           red_flag, updated_at)
                select p.id, ?, 3, coalesce(count(l.id) filter (where l.status = 'DONE'), 0), s.pain_before,
                       s.pain_after, s.id is not null, false, ?
                from account p
                left join exercise_session s on s.patient_id = p.id and s.day = ?
                left join exercise_log l on l.session_id = s.id
                where p.username like 'bench-p%'
                group by p.id, s.id, s.pain_before, s.pain_after""", day, at, day);
    }

    Account busiestTherapist() {
        return jdbc.queryForObject("""
                select t.id, t.username from account t where t.username like 'bench-t%'
                order by (select count(*) from account p where p.therapist_id = t.id) desc, t.id limit 1""",
                (rs, row) -> new Account(rs.getLong(1), rs.getString(2)));
    }

    Account somePatientOf(long therapistId) {
        return jdbc.queryForObject("select id, username from account where therapist_id = ? order by id limit 1",
                (rs, row) -> new Account(rs.getLong(1), rs.getString(2)), therapistId);
    }
}
