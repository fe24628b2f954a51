package org.rehabit.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.Exercise;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.ExerciseOption;
import org.rehabit.catalog.domain.Position;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.service.ExerciseDetails;
import org.rehabit.catalog.service.ExerciseDraft;
import org.rehabit.catalog.service.ExerciseField;

/** The fields of a clinic exercise; the service checks them and its messages appear beside them. */
class ExerciseForm extends Composite<FormLayout> {

    private final CatalogText text = new CatalogText(getContent());
    private final TextField name = new TextField();
    private final TextArea summary = new TextArea();
    private final RadioButtonGroup<ExerciseKind> kind = new RadioButtonGroup<>();
    private final Select<ExerciseCategory> category = new Select<>();
    private final Select<Position> position = new Select<>();
    private final MultiSelectComboBox<BodyRegion> regions = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<Equipment> equipment = new MultiSelectComboBox<>();
    private final TextArea steps = new TextArea();
    private final IntegerField sets = new IntegerField();
    private final IntegerField reps = new IntegerField();
    private final IntegerField hold = new IntegerField();
    private final Select<Side> side = new Select<>();
    private final IntegerField minutes = new IntegerField();
    private final TextArea cautions = new TextArea();
    private final TextArea stopIf = new TextArea();
    private final Select<CatalogStatus> status = new Select<>();
    private final TextArea statusReason = new TextArea();
    private final ComboBox<ExerciseOption> alternative = new ComboBox<>();
    private final ImagePicker image = new ImagePicker();
    private final FieldErrors errors = new FieldErrors(this);

    ExerciseForm() {
        configureFields();
        layout();
    }

    /** A new item starts as a recommended exercise. */
    void startNew() {
        kind.setValue(ExerciseKind.EXERCISE);
        status.setValue(CatalogStatus.RECOMMENDED);
    }

    void offerAlternatives(List<ExerciseOption> options) {
        alternative.setItems(options);
    }

    ImagePicker image() {
        return image;
    }

    ExerciseDraft draft() {
        return new ExerciseDraft(name.getValue(), summary.getValue(), kind.getValue(), category.getValue(),
                position.getValue(), Set.copyOf(regions.getValue()), Set.copyOf(equipment.getValue()),
                Arrays.stream(steps.getValue().split("\\R")).filter(step -> !step.isBlank()).toList(),
                new Dosage(sets.getValue(), reps.getValue(), hold.getValue(), side.getValue(), minutes.getValue()),
                cautions.getValue(), stopIf.getValue(), status.getValue(), statusReason.getValue(),
                alternative.getValue() == null ? null : alternative.getValue().id());
    }

    /** Runs a save, showing a refusal beside the fields and the picture (see {@link FieldErrors#submit}). */
    boolean submit(Runnable save) {
        return errors.submit(save);
    }

    private void configureFields() {
        label(name, "catalog.name").setMaxLength(Exercise.NAME_MAX_LENGTH);
        label(summary, "catalog.summary").setMaxLength(Exercise.SUMMARY_MAX_LENGTH);
        kind.setLabel(getTranslation("catalog.kind"));
        kind.setItems(ExerciseKind.values());
        kind.setItemLabelGenerator(text::label);
        category.setLabel(getTranslation("catalog.category"));
        category.setItems(ExerciseCategory.values());
        category.setItemLabelGenerator(text::label);
        position.setLabel(getTranslation("catalog.position"));
        position.setItems(Position.values());
        position.setItemLabelGenerator(text::label);
        regions.setLabel(getTranslation("catalog.regions"));
        regions.setItems(BodyRegion.values());
        regions.setItemLabelGenerator(text::label);
        equipment.setLabel(getTranslation("catalog.equipment"));
        equipment.setItems(Equipment.values());
        equipment.setItemLabelGenerator(text::label);
        label(steps, "catalog.steps").setHelperText(getTranslation("catalog.steps.help"));
        label(sets, "catalog.sets").setMax(Dosage.MAX_SETS);
        sets.setMin(1);
        label(reps, "catalog.reps").setMax(Dosage.MAX_REPS);
        reps.setMin(1);
        label(hold, "catalog.hold").setMax(Dosage.MAX_HOLD_SECONDS);
        hold.setMin(0);
        label(minutes, "catalog.minutes").setMax(Dosage.MAX_MINUTES);
        minutes.setMin(1);
        side.setLabel(getTranslation("catalog.side"));
        side.setItems(Side.values());
        side.setEmptySelectionAllowed(true);
        side.setItemLabelGenerator(value -> value == null ? "" : text.label(value));
        label(cautions, "catalog.cautions").setMaxLength(Exercise.CAUTIONS_MAX_LENGTH);
        label(stopIf, "catalog.stop-if").setMaxLength(Exercise.STOP_IF_MAX_LENGTH);
        status.setLabel(getTranslation("catalog.status"));
        status.setItems(CatalogStatus.values());
        status.setItemLabelGenerator(text::label);
        label(statusReason, "catalog.status-reason").setMaxLength(Exercise.STATUS_REASON_MAX_LENGTH);
        alternative.setLabel(getTranslation("catalog.alternative"));
        alternative.setItemLabelGenerator(ExerciseOption::name);
        status.addValueChangeListener(change -> {
            statusReason.setVisible(change.getValue() != CatalogStatus.RECOMMENDED);
            alternative.setVisible(change.getValue() == CatalogStatus.AVOID);
        });
        for (var required : new HasValue<?, ?>[] {name, summary, category, position,
                regions, steps}) {
            required.setRequiredIndicatorVisible(true);
        }
        errors.bind(ExerciseField.NAME, name).bind(ExerciseField.SUMMARY, summary).bind(ExerciseField.KIND, kind)
                .bind(ExerciseField.CATEGORY, category).bind(ExerciseField.POSITION, position)
                .bind(ExerciseField.REGIONS, regions).bind(ExerciseField.STEPS, steps).bind(ExerciseField.SETS, sets)
                .bind(ExerciseField.REPS, reps).bind(ExerciseField.HOLD, hold).bind(ExerciseField.SIDE, side)
                .bind(ExerciseField.MINUTES, minutes)
                .bind(ExerciseField.CAUTIONS, cautions).bind(ExerciseField.STOP_IF, stopIf)
                .bind(ExerciseField.STATUS, status).bind(ExerciseField.STATUS_REASON, statusReason)
                .bind(ExerciseField.ALTERNATIVE, alternative)
                .alsoShowOn(problems -> image.showError(problems.get(ExerciseField.IMAGE)));
    }

    private void layout() {
        var dosageHeading = new H2(getTranslation("catalog.dosage"));
        var safetyHeading = new H2(getTranslation("catalog.safety"));
        var form = getContent();
        form.add(name, kind, summary, category, position, regions, equipment, steps, dosageHeading, sets, reps, hold,
                side, minutes, safetyHeading, status, statusReason, alternative, cautions, stopIf, image);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        for (var wide : new Component[] {summary, steps, dosageHeading, safetyHeading, cautions, stopIf,
                statusReason, image}) {
            form.setColspan(wide, 2);
        }
    }

    void fill(ExerciseDetails exercise) {
        name.setValue(exercise.name());
        summary.setValue(exercise.summary());
        kind.setValue(exercise.kind());
        category.setValue(exercise.category());
        position.setValue(exercise.position());
        regions.setValue(exercise.regions());
        equipment.setValue(exercise.equipment());
        steps.setValue(String.join("\n", exercise.steps()));
        sets.setValue(exercise.dosage().sets());
        reps.setValue(exercise.dosage().reps());
        hold.setValue(exercise.dosage().holdSeconds());
        side.setValue(exercise.dosage().side());
        minutes.setValue(exercise.dosage().minutes());
        cautions.setValue(orEmpty(exercise.cautions()));
        stopIf.setValue(orEmpty(exercise.stopIf()));
        status.setValue(exercise.status());
        statusReason.setValue(orEmpty(exercise.statusReason()));
        alternative.setValue(exercise.alternative());
    }

    private <T extends HasLabel> T label(T field, String key) {
        field.setLabel(getTranslation(key));
        return field;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
