package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.rehabit.IntegrationTest;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The handout of the demo routine, made by the real service from the database, says what the patient must do. */
@IntegrationTest
class RoutineHandoutContentTest {

    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("therapist")
    void the_handout_names_every_exercise_with_its_dosage_and_the_patient() throws IOException {
        var text = text(routines.handout(demoRoutine(), Locale.ENGLISH));

        assertThat(text).contains("Neck and back, daily", "Paula Patient", "Theo Therapist", "Every day",
                "Neck tilt", "1 set, 5 reps, hold 5 s", "Side-to-side neck tilt", "Chair twist",
                "1 set, 3 reps, hold 15 s, each side", "Rounded back (cat-cow)", "Half crunch", "2 sets, 10 reps",
                "Safety rules");
    }

    @Test
    @WithUserDetails("patient")
    void the_patient_gets_the_same_handout() throws IOException {
        assertThat(text(routines.handout(demoRoutine(), Locale.ENGLISH))).contains("Paula Patient", "Half crunch");
    }

    private long demoRoutine() {
        return jdbc.queryForObject("select r.id from routine r join account a on a.id = r.patient_id "
                + "where a.username = 'patient' order by r.id limit 1", Long.class);
    }

    private static String text(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString().replaceAll("\\s+", " ");
    }
}
