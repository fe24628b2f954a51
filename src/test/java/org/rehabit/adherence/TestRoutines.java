package org.rehabit.adherence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Side;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The routines the tests of a patient's day, their alerts and their progress prescribe (with
 * {@code TestData.routine}), made of exercises of the seeded catalog, found by name.
 */
public final class TestRoutines {

    /** The exercises of {@link #daily}, in order. */
    public static final List<String> DAILY_EXERCISES = List.of("Neck tilt", "Side-to-side neck tilt", "Chair twist",
            "Rounded back (cat-cow)", "Half crunch");

    private TestRoutines() {
    }

    /** Five neck and back exercises once every day from {@code start}: Half crunch in 2 sets, the others in 1. */
    public static RoutineDraft daily(JdbcTemplate jdbc, LocalDate start) {
        return new RoutineDraft("Neck and back every day", start, null, Schedule.everyDay(), List.of(
                item(jdbc, "Neck tilt", new Dosage(1, 5, 5, null, null)),
                item(jdbc, "Side-to-side neck tilt", new Dosage(1, 5, 5, Side.BOTH, null)),
                item(jdbc, "Chair twist", new Dosage(1, 3, 15, Side.BOTH, null)),
                item(jdbc, "Rounded back (cat-cow)", new Dosage(1, 5, 5, null, null)),
                item(jdbc, "Half crunch", new Dosage(2, 10, null, null, null))));
    }

    /** One exercise, any of the catalog's (a clinic's own, say), 1 set of 5 held 5 s, every day from {@code start}. */
    public static RoutineDraft only(long exerciseId, LocalDate start) {
        return new RoutineDraft("One exercise every day", start, null, Schedule.everyDay(),
                List.of(new ItemDraft(exerciseId, new Dosage(1, 5, 5, null, null), null, null, false, null, null,
                        null)));
    }

    /** Four low back exercises on Mondays, Wednesdays and Fridays from {@code start}. */
    public static RoutineDraft mondayWednesdayFriday(JdbcTemplate jdbc, LocalDate start) {
        return new RoutineDraft("Low back on Mondays, Wednesdays and Fridays", start, null,
                Schedule.onWeekdays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 1), List.of(
                        item(jdbc, "Rounded back (cat-cow)", new Dosage(1, 5, 5, null, null)),
                        item(jdbc, "Supine hamstring stretch", new Dosage(1, 3, 20, Side.BOTH, null)),
                        item(jdbc, "Core leg press", new Dosage(1, 5, 10, null, null)),
                        item(jdbc, "Walking", new Dosage(null, null, null, null, 20))));
    }

    private static ItemDraft item(JdbcTemplate jdbc, String exercise, Dosage dosage) {
        var id = jdbc.queryForObject("select id from exercise where name = ?", Long.class, exercise);
        return new ItemDraft(id, dosage, null, null, false, null, null, null);
    }
}
