package org.rehabit.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The records the route tests open, made by the test itself: a therapist, a patient on their caseload with a
 * routine starting today, and an exercise of the seeded catalog (reference data from a migration). {@link #fill}
 * turns a path of the {@link AuthorizationMatrix} into an address of these records.
 */
record RouteRecords(TestAccount therapist, TestAccount patient, long routine, long exercise, LocalDate today) {

    /** The placeholders a path of the matrix may name. */
    static final List<String> PLACEHOLDERS = List.of("{patient}", "{routine}", "{exercise}", "{yesterday}");
    /** A seeded exercise; the routine prescribes it. */
    private static final String EXERCISE = "Neck tilt";

    static RouteRecords make(TestData data, JdbcTemplate jdbc, Clock clock) {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var exercise = jdbc.queryForObject("select id from exercise where seeded and name = ?", Long.class, EXERCISE);
        var today = LocalDate.now(clock);
        var routine = data.routine(patient, new RoutineDraft("Neck, daily", today, null, Schedule.everyDay(),
                List.of(new ItemDraft(exercise, new Dosage(1, 5, 5, null, null), null, null, false, null, null,
                        null))));
        return new RouteRecords(therapist, patient, routine, exercise, today);
    }

    String fill(String path) {
        return path.replace("{patient}", Long.toString(patient.id()))
                .replace("{routine}", Long.toString(routine))
                .replace("{exercise}", Long.toString(exercise))
                .replace("{yesterday}", today.minusDays(1).toString());
    }
}
