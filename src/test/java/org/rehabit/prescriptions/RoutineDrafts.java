package org.rehabit.prescriptions;

import java.time.LocalDate;
import java.util.List;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Side;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.springframework.jdbc.core.JdbcTemplate;

/** Routines for tests to prescribe, made of seeded catalog exercises. */
public final class RoutineDrafts {

    private RoutineDrafts() {
    }

    /** A daily neck and back routine of five seeded exercises, starting on the given day. */
    public static RoutineDraft neckAndBack(JdbcTemplate jdbc, LocalDate start) {
        return new RoutineDraft("Neck and back, daily", start, null, Schedule.everyDay(), List.of(
                item(jdbc, "Neck tilt", new Dosage(1, 5, 5, null, null)),
                item(jdbc, "Side-to-side neck tilt", new Dosage(1, 5, 5, Side.BOTH, null)),
                item(jdbc, "Chair twist", new Dosage(1, 3, 15, Side.BOTH, null)),
                item(jdbc, "Rounded back (cat-cow)", new Dosage(1, 5, 5, null, null)),
                item(jdbc, "Half crunch", new Dosage(2, 10, null, null, null))));
    }

    public static ItemDraft item(JdbcTemplate jdbc, String exercise, Dosage dosage) {
        return new ItemDraft(exercise(jdbc, exercise), dosage, null, null, false, null, null, null);
    }

    /** The id of a seeded catalog exercise. */
    public static long exercise(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from exercise where name = ? and seeded", Long.class, name);
    }

    /** The id of a seeded (shared) routine template. */
    public static long sharedTemplate(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("select id from routine_template where name = ? and owner_id is null", Long.class,
                name);
    }
}
