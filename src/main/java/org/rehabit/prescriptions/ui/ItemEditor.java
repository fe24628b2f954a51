package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.StopRule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.ItemField;

/**
 * One exercise in the routine builder: its dosage fields, the note to the patient, the catalog's warnings, and
 * buttons to move or remove it. Exercises dosed in minutes show only minutes; advice shows only the note.
 */
class ItemEditor extends Composite<Div> {

    /** What the list does when a button on an item is pressed. */
    interface Actions {
        void move(ItemEditor item, int by);

        void remove(ItemEditor item);
    }

    private final ExerciseInstructions exercise;
    private final Span position = new Span();
    private final IntegerField sets = number("routine.item.sets", 1, Dosage.MAX_SETS);
    private final IntegerField reps = number("routine.item.reps", 1, Dosage.MAX_REPS);
    private final IntegerField hold = number("routine.item.hold", 0, Dosage.MAX_HOLD_SECONDS);
    private final IntegerField rest = number("routine.item.rest", 0, PrescribedExercise.MAX_REST_SECONDS);
    private final IntegerField minutes = number("routine.item.minutes", 1, Dosage.MAX_MINUTES);
    private final Select<Side> side = new Select<>();
    private final BigDecimalField load = new BigDecimalField();
    private final IntegerField stopAt = number("routine.item.stop-at", StopRule.MIN_AT, StopRule.MAX_AT);
    private final IntegerField stopRise = number("routine.item.stop-rise", StopRule.MIN_RISE, StopRule.MAX_RISE);
    private final TextField note = new TextField();
    private final Paragraph exerciseProblem = new Paragraph();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final FieldErrors errors = new FieldErrors(this);
    private final boolean timed;
    /** The unit of this item's load: the one it was prescribed in, else the clinic's. */
    private final LoadUnit loadUnit;

    ItemEditor(ExerciseInstructions exercise, ItemDraft draft, LoadUnit clinicUnit, Actions actions) {
        this.exercise = exercise;
        this.loadUnit = draft.load() == null ? clinicUnit : draft.load().unit();
        var dosage = draft.dosage() == null ? Dosage.NONE : draft.dosage();
        timed = dosage.minutes() != null;
        var card = getContent();
        card.addClassName("routine-item");
        card.getElement().setAttribute("data-exercise", exercise.name());
        var name = new Span(exercise.name());
        name.addClassName("routine-item-name");
        up.addClickListener(click -> actions.move(this, -1));
        down.addClickListener(click -> actions.move(this, 1));
        var remove = new Button(VaadinIcon.TRASH.create(), click -> actions.remove(this));
        up.setAriaLabel(getTranslation("routine.item.up"));
        down.setAriaLabel(getTranslation("routine.item.down"));
        remove.setAriaLabel(getTranslation("routine.item.remove", exercise.name()));
        for (var button : new Button[] {up, down, remove}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        }
        var header = new HorizontalLayout(position, name, new RoutineText(this).statusBadge(exercise.status()), up,
                down, remove);
        if (exercise.figure() != null) {
            var figure = new Image(ExerciseFigures.address(exercise.id(), dosage), getTranslation(
                    exercise.toAvoid() ? "catalog.figure.avoid" : "catalog.figure.alt", exercise.name()));
            figure.addClassName("routine-item-figure");
            header.addComponentAtIndex(0, figure);
        }
        header.setAlignItems(FlexLayout.Alignment.CENTER);
        card.add(header);
        warnings();
        fields(draft, dosage);
    }

    private void warnings() {
        if (exercise.status() != CatalogStatus.RECOMMENDED) {
            var reason = new Paragraph(exercise.statusReason());
            reason.addClassName(exercise.toAvoid() ? "avoid-warning" : "caution-warning");
            getContent().add(reason);
        }
        if (exercise.cautions() != null) {
            getContent().add(new Paragraph(getTranslation("routine.item.cautions", exercise.cautions())));
        }
        exerciseProblem.addClassName("field-error");
        exerciseProblem.setVisible(false);
        getContent().add(exerciseProblem);
    }

    private void fields(ItemDraft draft, Dosage dosage) {
        var row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("item-fields");
        if (exercise.kind() == ExerciseKind.EXERCISE) {
            if (timed) {
                minutes.setValue(dosage.minutes());
                row.add(minutes);
            } else {
                sets.setValue(dosage.sets());
                reps.setValue(dosage.reps());
                hold.setValue(dosage.holdSeconds());
                rest.setValue(draft.restSeconds());
                side.setLabel(getTranslation("routine.item.side"));
                side.setItems(Side.values());
                side.setEmptySelectionAllowed(true);
                side.setItemLabelGenerator(value -> value == null ? ""
                        : getTranslation("dosage.side." + value.name()));
                side.setValue(dosage.side());
                row.add(sets, reps, hold, side, rest);
                if (exercise.equipment().contains(Equipment.DUMBBELLS) || draft.load() != null) {
                    load.setLabel(getTranslation("routine.item.load",
                            getTranslation("load.unit." + loadUnit.name())));
                    load.setValue(draft.load() == null ? null : draft.load().amount());
                    load.addClassName("item-number");
                    row.add(load);
                }
            }
        }
        note.setLabel(getTranslation("routine.item.note"));
        note.setMaxLength(PrescribedExercise.NOTE_MAX_LENGTH);
        note.setValue(draft.note() == null ? "" : draft.note());
        note.addClassName("item-note");
        row.add(note);
        getContent().add(row);
        if (exercise.kind() == ExerciseKind.EXERCISE) {
            getContent().add(stopLimits(draft));
        }
        errors.bind(ItemField.SETS, sets).bind(ItemField.REPS, reps).bind(ItemField.HOLD, hold)
                .bind(ItemField.MINUTES, minutes).bind(ItemField.REST, rest).bind(ItemField.NOTE, note)
                .bind(ItemField.LOAD, load).bind(ItemField.STOP_AT, stopAt).bind(ItemField.STOP_RISE, stopRise);
    }

    /**
     * The pain that stops this exercise, left empty for the default (shown as the placeholder); a neck exercise says
     * that any rise in pain stops it anyway.
     */
    private FlexLayout stopLimits(ItemDraft draft) {
        stopAt.setValue(draft.stopAt());
        stopAt.setPlaceholder(String.valueOf(StopRule.DEFAULT_AT));
        stopRise.setValue(draft.stopRise());
        stopRise.setPlaceholder(String.valueOf(StopRule.DEFAULT_RISE));
        var row = new FlexLayout(stopAt, stopRise);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassNames("item-fields", "item-stop");
        if (exercise.regions().contains(BodyRegion.NECK)) {
            var neck = new Span(getTranslation("routine.item.stop-neck"));
            neck.addClassName("item-stop-neck");
            row.add(neck);
        }
        return row;
    }

    ExerciseInstructions exercise() {
        return exercise;
    }

    ItemDraft draft() {
        var dosage = exercise.kind() == ExerciseKind.EDUCATION ? Dosage.NONE : timed
                ? new Dosage(null, null, null, null, minutes.getValue())
                : new Dosage(sets.getValue(), reps.getValue(), hold.getValue(), side.getValue(), null);
        var stops = exercise.kind() == ExerciseKind.EXERCISE;
        return new ItemDraft(exercise.id(), dosage, timed ? null : rest.getValue(), note.getValue(), false,
                load.getValue() == null ? null : new Load(load.getValue(), loadUnit),
                stops ? stopAt.getValue() : null, stops ? stopRise.getValue() : null);
    }

    /**
     * Marks this exercise as the one an alert was about, says so, brings it into view and puts the cursor in its first
     * field.
     */
    void select() {
        var why = new Paragraph(getTranslation("routine.alert.selected"));
        why.addClassName("routine-item-why");
        getContent().addComponentAtIndex(1, why);
        getContent().addClassName("routine-item-selected");
        getContent().getElement().executeJs("this.scrollIntoView({block: 'center'})");
        var first = exercise.kind() != ExerciseKind.EXERCISE ? note : timed ? minutes : sets;
        first.focus();
    }

    void place(int index, int count) {
        position.setText((index + 1) + ".");
        up.setEnabled(index > 0);
        down.setEnabled(index < count - 1);
    }

    void showProblems(Map<ItemField, Problem> problems) {
        errors.show(new HashMap<>(problems));
        var messages = Stream.of(ItemField.EXERCISE, ItemField.AVOID).filter(problems::containsKey)
                .map(field -> errors.text(problems.get(field))).toList();
        exerciseProblem.setVisible(!messages.isEmpty());
        exerciseProblem.setText(String.join(" ", messages));
    }

    private IntegerField number(String labelKey, int min, int max) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.addClassName("item-number");
        return field;
    }
}
