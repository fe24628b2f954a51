package org.rehabit.adherence.domain;

import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The daily roll-up ({@code adherence_day}): one row per patient and day, from the one definition of adherence. */
@Repository
public class AdherenceDays {

    private final JdbcClient jdbc;

    AdherenceDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the patient's roll-up rows from {@code from} to {@code to} with {@code rows}: one upsert, and a delete
     * of the other days of the range unless the rows cover them all.
     */
    public void replaceDays(long patientId, LocalDate from, LocalDate to, List<DayRow> rows, Instant at) {
        var values = new ArrayList<Object>();
        for (var row : rows) {
            values.addAll(Arrays.asList(patientId, row.day(), row.scheduled(), row.completed(), row.painBefore(),
                    row.painAfter(), row.active(), row.redFlag(), timestamp(at)));
        }
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    insert into adherence_day (patient_id, day, scheduled, completed, pain_before, pain_after, active,
                                               red_flag, updated_at)
                    values %s
                    on conflict (patient_id, day) do update set
                        scheduled = excluded.scheduled, completed = excluded.completed,
                        pain_before = excluded.pain_before, pain_after = excluded.pain_after, active = excluded.active,
                        red_flag = excluded.red_flag, updated_at = excluded.updated_at"""
                    .formatted(placeholders(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)"))).params(values).update();
        }
        if (rows.size() < ChronoUnit.DAYS.between(from, to) + 1) {
            var kept = rows.stream().map(DayRow::day).toList();
            jdbc.sql("delete from adherence_day where patient_id = ? and day between ? and ?"
                    + (kept.isEmpty() ? "" : " and day not in (" + placeholders(kept.size(), "?") + ")"))
                    .params(Stream.concat(Stream.of(patientId, from, to), kept.stream()).toList()).update();
        }
    }

    private static String placeholders(int count, String each) {
        return String.join(", ", Collections.nCopies(count, each));
    }

    public List<DayRow> days(long patientId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select day, scheduled, completed, pain_before, pain_after, active, red_flag from adherence_day
                where patient_id = ? and day between ? and ? order by day""")
                .params(patientId, from, to).query((rs, row) -> DayRow.of(rs)).list();
    }

    /** The last day the patient recorded anything, if ever. */
    public Optional<LocalDate> lastActiveDay(long patientId) {
        return jdbc.sql("select day from adherence_day where patient_id = ? and active order by day desc limit 1")
                .param(patientId).query(LocalDate.class).optional();
    }
}
