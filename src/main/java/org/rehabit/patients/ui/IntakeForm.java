package org.rehabit.patients.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.patients.domain.PatientProfile;
import org.rehabit.patients.service.Intake;
import org.rehabit.patients.service.PatientField;

/** The intake fields: date of birth, main complaint, clinical notes and red flags noted at intake. */
class IntakeForm extends Composite<FormLayout> {

    private final DatePicker dateOfBirth = new DatePicker();
    private final RadioButtonGroup<ComplaintRegion> complaint = new RadioButtonGroup<>();
    private final TextArea notes = new TextArea();
    private final TextArea redFlags = new TextArea();
    private final FieldErrors errors = new FieldErrors(this);

    IntakeForm() {
        dateOfBirth.setLabel(getTranslation("patients.date-of-birth"));
        dateOfBirth.setMin(PatientProfile.EARLIEST_BIRTH_DATE);
        dateOfBirth.setMax(LocalDate.now());
        complaint.setLabel(getTranslation("patients.complaint"));
        complaint.setItems(ComplaintRegion.values());
        complaint.setItemLabelGenerator(region -> getTranslation("patients.complaint." + region.name()));
        complaint.setRequiredIndicatorVisible(true);
        notes.setLabel(getTranslation("patients.notes"));
        notes.setMaxLength(PatientProfile.CLINICAL_NOTES_MAX_LENGTH);
        redFlags.setLabel(getTranslation("patients.red-flags"));
        redFlags.setHelperText(getTranslation("patients.red-flags.help"));
        redFlags.setMaxLength(PatientProfile.RED_FLAGS_MAX_LENGTH);
        errors.bind(PatientField.DATE_OF_BIRTH, dateOfBirth).bind(PatientField.COMPLAINT_REGION, complaint)
                .bind(PatientField.CLINICAL_NOTES, notes).bind(PatientField.RED_FLAGS, redFlags);
        var form = getContent();
        form.add(dateOfBirth, complaint, notes, redFlags);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(notes, 2);
        form.setColspan(redFlags, 2);
    }

    Intake intake() {
        return new Intake(dateOfBirth.getValue(), complaint.getValue(), notes.getValue(), redFlags.getValue());
    }

    void fill(Intake intake) {
        dateOfBirth.setValue(intake.dateOfBirth());
        complaint.setValue(intake.complaintRegion());
        notes.setValue(intake.clinicalNotes() == null ? "" : intake.clinicalNotes());
        redFlags.setValue(intake.redFlags() == null ? "" : intake.redFlags());
    }

    void showProblems(Map<Enum<?>, Problem> problems) {
        errors.show(problems);
    }

    /** Runs a save, showing a refusal beside the fields (see {@link FieldErrors#submit}). */
    boolean submit(Runnable save) {
        return errors.submit(save);
    }
}
