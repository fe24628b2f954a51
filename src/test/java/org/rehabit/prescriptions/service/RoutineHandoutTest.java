package org.rehabit.prescriptions.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.rehabit.base.service.Translator;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.service.DosageText;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.clinic.domain.ClinicProfile;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.Schedule;

/** The printed handout, read back with a PDF text extractor. */
class RoutineHandoutTest {

    private static final Translator TEXT = englishTranslations();

    private static final Dosage TILT = new Dosage(2, 10, 5, Side.BOTH, null);
    private static final Dosage WALK = new Dosage(null, null, null, null, 20);
    private static final String NOTE = "Do these before breakfast, when the neck is often stiffest.";
    private static final String STEP = "Let your chin sink slowly towards your chest.";

    private final RoutineHandout handout = new RoutineHandout(new ExerciseFigures(), "https://clinic.example");

    @Test
    void handout_lists_every_exercise_with_its_dosage_and_the_safety_rules() throws IOException {
        var items = List.of(
                item(1, exercise(11, "Side-to-side neck tilt", ExerciseKind.EXERCISE,
                        List.of("Sit upright on a chair and look straight ahead.", STEP),
                        "Keep both shoulders down and relaxed.", "Stop at once if it brings on neck pain."),
                        new PrescribedExercise(11L, TILT, 30, NOTE, null, null, null)),
                item(2, exercise(12, "Brisk walk", ExerciseKind.EXERCISE, List.of("Walk at a pace that warms you up."),
                        null, null), new PrescribedExercise(12L, WALK, null, null, null, null, null)),
                item(3, exercise(13, "Sitting posture", ExerciseKind.EDUCATION,
                        List.of("Sit back in the chair with your lower back supported."), null, null),
                        new PrescribedExercise(13L, null, null, null, null, null, null)));
        var version = version(LocalDate.of(2025, 3, 31), Schedule.onWeekdays(
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2), items);

        var text = textOf(handout.render(content(version), TEXT, Locale.UK));

        assertThat(text).contains("Anna Example", "Dr Tom Therapist", "Neck and shoulders, week 2",
                "Side-to-side neck tilt", "Brisk walk", "Sitting posture",
                TEXT.translate("dosage.rest", DosageText.describe(TILT, TEXT), 30), DosageText.describe(WALK, TEXT),
                TEXT.translate("handout.read"), NOTE, STEP, "Keep both shoulders down and relaxed.",
                TEXT.translate("handout.stop-if"), "Stop at once if it brings on neck pain.",
                TEXT.translate("handout.safety.6"),
                TEXT.translate("handout.safety"), TEXT.translate("handout.safety.1"));
        assertThat(text).contains(TEXT.translate("schedule.times-per-day", "Monday, Wednesday, Friday", 2),
                TEXT.translate("handout.end", "31 Mar 2025"), "Version 2");
    }

    @Test
    void an_exercise_to_avoid_that_the_therapist_confirmed_is_printed_with_the_reason() throws IOException {
        var sitUp = new ExerciseInstructions(21, "Full sit-up", "A summary.", ExerciseKind.EXERCISE,
                CatalogStatus.AVOID, "Sitting all the way up loads the spine.", null, List.of("Curl up."), null, null,
                Dosage.NONE, false, false, false, null, Set.of(), Set.of());
        var items = List.of(item(1, sitUp, new PrescribedExercise(21L, new Dosage(1, 5, null, null, null), null,
                null, null, null, null)));

        var text = textOf(handout.render(content(version(null, Schedule.everyDay(), items)), TEXT, Locale.UK));

        assertThat(text).contains("Full sit-up", TEXT.translate("handout.status.AVOID"),
                "Sitting all the way up loads the spine.");
    }

    @Test
    void an_exercise_with_a_video_gets_a_qr_code_to_its_own_page()
            throws IOException {
        var filmed = new ExerciseInstructions(31, "Wall press", "A summary.", ExerciseKind.EXERCISE,
                CatalogStatus.RECOMMENDED, null, null, List.of("Press."), null, null, Dosage.NONE, false, false, true,
                null, Set.of(), Set.of());
        var items = List.of(item(1, filmed, new PrescribedExercise(31L, new Dosage(1, 5, 5, null, null), null, null,
                null, null, null)), item(2, exercise(11, "Neck tilt", ExerciseKind.EXERCISE, List.of(STEP), null, null),
                        new PrescribedExercise(11L, new Dosage(1, 5, null, null, null), null, null, null, null,
                                null)));

        var pdf = handout.render(content(version(null, Schedule.everyDay(), items)), TEXT, Locale.UK);

        var text = textOf(pdf);
        assertThat(text.split(java.util.regex.Pattern.quote(TEXT.translate("handout.video")), -1))
                .as("one code, for the filmed exercise only").hasSize(2);
    }

    @Test
    void handout_without_an_end_date_or_notes_prints_no_placeholders() throws IOException {
        var items = List.of(item(1, exercise(11, "Neck tilt", ExerciseKind.EXERCISE, List.of(STEP), null, null),
                new PrescribedExercise(11L, new Dosage(1, 5, null, null, null), null, null, null, null, null)));
        var version = version(null, Schedule.daysPerWeek(3, 1), items);

        var text = textOf(handout.render(content(version), TEXT, Locale.UK));

        assertThat(text).contains("Neck tilt", STEP, TEXT.translate("schedule.days-per-week", 3))
                .doesNotContainIgnoringCase("null")
                .doesNotContain(TEXT.translate("handout.note"), TEXT.translate("handout.end", "").strip(),
                        TEXT.translate("handout.cautions"), "times a day");
    }

    private static HandoutContent content(VersionDetails version) {
        return new HandoutContent("Anna Example", "Dr Tom Therapist", LocalDate.of(2025, 3, 3), version,
                LocalDate.of(2025, 3, 12), new ClinicProfile("Rehabit", null, null, null));
    }

    private static VersionDetails version(LocalDate end, Schedule schedule, List<ItemDetails> items) {
        return new VersionDetails(7, 2, LocalDate.of(2025, 3, 10), "Neck and shoulders, week 2", end, schedule,
                "Dr Tom Therapist", Instant.parse("2025-03-10T08:00:00Z"), items, List.of());
    }

    private static ExerciseInstructions exercise(long id, String name, ExerciseKind kind, List<String> steps,
            String cautions, String stopIf) {
        return new ExerciseInstructions(id, name, "A summary.", kind, CatalogStatus.RECOMMENDED, null, null, steps,
                cautions, stopIf, Dosage.NONE, false, false, false, null, Set.of(), Set.of());
    }

    private static ItemDetails item(long id, ExerciseInstructions exercise, PrescribedExercise prescription) {
        return new ItemDetails(id, exercise, prescription, null, null);
    }

    /** All pages' text, with line breaks and runs of spaces folded into single spaces. */
    private static String textOf(byte[] pdf) throws IOException {
        var reader = new PdfReader(pdf);
        try {
            var extractor = new PdfTextExtractor(reader);
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The English translations, formatted as Spring's MessageSource does: MessageFormat only when given params. */
    static Translator englishTranslations() {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (key, params) -> {
            var pattern = properties.getProperty(key);
            if (pattern == null) {
                throw new IllegalArgumentException("No translation for " + key);
            }
            return params.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(params);
        };
    }
}
