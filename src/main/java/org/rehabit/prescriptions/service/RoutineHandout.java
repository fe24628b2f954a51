package org.rehabit.prescriptions.service;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.rehabit.base.service.Translator;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.clinic.domain.ClinicProfile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The printed handout a patient takes home: the routine's schedule, each item with its dosage, the therapist's
 * note, the exercise's key poses drawn beside its steps ({@link HandoutFigure}), then the safety rules and how to
 * reach the clinic. A4, built-in Helvetica, vector drawings and no image files, every word from the translations.
 */
@Component
class RoutineHandout {

    /** The safety rules of the clinical notes that a patient acts on at home. */
    private static final List<String> SAFETY_RULES = List.of("handout.safety.1", "handout.safety.2",
            "handout.safety.3", "handout.safety.4", "handout.safety.5", "handout.safety.6");
    private static final String SEPARATOR = "  \u00b7  ";
    /** How wide each key pose of an exercise's figure is drawn, in points (a tenth of an inch is 7.2). */
    static final float FIGURE_POSE_WIDTH = 100;

    /** How wide the QR code that opens an exercise's video is printed, with its blank border, in points (2.5 cm). */
    static final float QR_CODE_SIZE = 72;

    private final ExerciseFigures figures;
    private final String publicUrl;

    RoutineHandout(ExerciseFigures figures, @Value("${rehabit.public-url}") String publicUrl) {
        this.figures = figures;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    byte[] render(HandoutContent content, Translator text, Locale locale) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var version = content.version();
        var pdf = new HandoutBlocks();
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 50, 50, 45, 45);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(version.name());
        document.addCreator(text.translate("app.name"));
        document.setFooter(pdf.footer(text.translate("handout.page")));
        document.open();

        document.add(pdf.title(version.name()));
        document.add(pdf.line(String.join(SEPARATOR, text.translate("handout.patient", content.patientName()),
                text.translate("handout.therapist", content.therapistName()))));
        var facts = new ArrayList<String>();
        facts.add(text.translate("handout.start", dates.format(content.routineStart())));
        if (version.endDate() != null) {
            facts.add(text.translate("handout.end", dates.format(version.endDate())));
        }
        facts.add(text.translate("handout.version", version.number(), dates.format(version.effectiveFrom())));
        facts.add(text.translate("handout.printed", dates.format(content.printedOn())));
        document.add(pdf.small(String.join(SEPARATOR, facts)));
        if (version.schedule() != null) {
            document.add(
                    pdf.labelled(text.translate("handout.when"), PrescriptionText.schedule(version.schedule(), text)));
        }

        var items = version.items();
        for (int i = 0; i < items.size(); i++) {
            document.add(item(i + 1, items.get(i), text, pdf, writer));
        }
        document.add(pdf.block(true, List.of(pdf.heading(text.translate("handout.safety")), pdf.bulleted(
                SAFETY_RULES.stream().map(text::translate).toList()))));
        document.add(pdf.block(false, clinic(content.clinic(), text, pdf)));
        document.close();
        return out.toByteArray();
    }

    /** Whom to call: the clinic's name and the contact details an admin set. */
    private static List<Element> clinic(ClinicProfile clinic, Translator text, HandoutBlocks pdf) {
        var lines = new ArrayList<Element>();
        lines.add(pdf.heading(text.translate("handout.clinic", clinic.name())));
        if (clinic.phone() != null) {
            lines.add(pdf.labelled(text.translate("clinic.phone"), clinic.phone()));
        }
        if (clinic.email() != null) {
            lines.add(pdf.labelled(text.translate("clinic.email"), clinic.email()));
        }
        if (clinic.openingHours() != null) {
            lines.add(pdf.labelled(text.translate("clinic.opening-hours"), clinic.openingHours()));
        }
        return lines;
    }

    private PdfPTable item(int number, ItemDetails item, Translator text, HandoutBlocks pdf, PdfWriter writer) {
        var exercise = item.exercise();
        var prescription = item.prescription();
        var parts = new ArrayList<Element>();
        parts.add(pdf.heading(number + ". " + exercise.name()));
        var dosage = dosage(item, text);
        if (!dosage.isEmpty()) {
            parts.add(pdf.strong(dosage));
        }
        if (exercise.status() != CatalogStatus.RECOMMENDED) {
            parts.add(pdf.labelled(text.translate("handout.status." + exercise.status().name()),
                    exercise.statusReason()));
        }
        if (hasText(prescription.note())) {
            parts.add(pdf.note(text.translate("handout.note"), prescription.note().strip()));
        }
        figures.of(exercise.figure())
                .ifPresent(figure -> parts.add(HandoutFigure.draw(writer, figure, FIGURE_POSE_WIDTH)));
        if (exercise.hasVideo()) {
            // the patient's own page of the exercise, behind sign-in: nothing about them is in the code
            parts.add(HandoutQrCode.draw(writer, publicUrl + "exercise/" + exercise.id(), QR_CODE_SIZE));
            parts.add(pdf.small(text.translate("handout.video")));
        }
        if (exercise.steps() != null && !exercise.steps().isEmpty()) {
            parts.add(pdf.numbered(exercise.steps()));
        }
        if (hasText(exercise.cautions())) {
            parts.add(pdf.labelled(text.translate("handout.cautions"), exercise.cautions().strip()));
        }
        if (hasText(exercise.stopIf())) {
            parts.add(pdf.labelled(text.translate("handout.stop-if"), exercise.stopIf().strip()));
        }
        return pdf.block(false, parts);
    }

    /** How much, as on screen; advice is to be read, not dosed. */
    private static String dosage(ItemDetails item, Translator text) {
        return item.exercise().kind() == ExerciseKind.EDUCATION ? text.translate("handout.read")
                : PrescriptionText.dosage(item.prescription(), text);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
