package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.clinic.domain.ClinicProfile;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The handout of a routine, made by the real service from the database, says what the patient must do. */
@IntegrationTest
@Transactional
class RoutineHandoutContentTest {

    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    ClinicService clinic;

    private TestAccount therapist;
    private TestAccount patient;
    private long routine;

    @BeforeEach
    void a_patient_with_a_neck_and_back_routine() {
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        routine = data.routine(patient, RoutineDrafts.neckAndBack(jdbc, LocalDate.now(clock)));
    }

    @Test
    void the_handout_names_every_exercise_with_its_dosage_and_the_patient() throws IOException {
        data.signIn(therapist);

        var text = text(routines.handout(routine, Locale.ENGLISH));

        assertThat(text).contains("Neck and back, daily", patient.displayName(), therapist.displayName(),
                "Every day", "Neck tilt", "1 set, 5 reps, hold 5 s", "Side-to-side neck tilt", "Chair twist",
                "1 set, 3 reps, hold 15 s, each side", "Rounded back (cat-cow)", "Half crunch", "2 sets, 10 reps",
                "Safety rules");
    }

    @Test
    void the_patient_gets_the_same_handout() throws IOException {
        data.signIn(patient);

        assertThat(text(routines.handout(routine, Locale.ENGLISH))).contains(patient.displayName(), "Half crunch");
    }

    @Test
    void the_handout_ends_with_how_to_reach_the_clinic() throws IOException {
        data.signIn(data.admin());
        clinic.save(new ClinicProfile("Riverside Physio", "+49 30 1234567", null, "Mon-Fri 8-18"));
        data.signIn(patient);

        assertThat(text(routines.handout(routine, Locale.ENGLISH))).contains("Your clinic: Riverside Physio",
                "+49 30 1234567", "Mon-Fri 8-18");
    }

    @Test
    void each_exercise_has_its_key_poses_drawn_beside_its_steps() throws IOException {
        data.signIn(therapist);

        var reader = new PdfReader(routines.handout(routine, Locale.ENGLISH));
        var drawings = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            var xObjects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            if (xObjects == null) {
                continue;
            }
            for (var name : xObjects.getKeys()) {
                var drawing = (PRStream) PdfReader.getPdfObject(xObjects.get(name));
                assertThat(drawing.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.FORM);
                assertThat(new String(PdfReader.getStreamBytes(drawing), StandardCharsets.ISO_8859_1))
                        .as("lines stroked, not a picture").contains(" l\n", "S\n");
                drawings++;
            }
        }
        reader.close();

        assertThat(drawings).as("one for each of the five exercises").isEqualTo(5);
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
