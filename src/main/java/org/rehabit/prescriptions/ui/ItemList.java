package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ProblemText;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.ItemField;

/**
 * The routine's exercises in order. Adding goes through the catalog picker; an exercise to avoid opens the
 * warning with its safer alternative, a caution is announced as it is added.
 */
class ItemList extends Composite<VerticalLayout> implements ItemEditor.Actions {

    /** Sets and reps for an exercise whose catalog entry suggests none. */
    private static final Dosage STARTING_DOSE = new Dosage(1, 10, null, null, null);

    private final CatalogService catalog;
    private final LoadUnit loadUnit;
    private final List<ItemEditor> items = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Paragraph listProblem = new Paragraph();

    ItemList(CatalogService catalog, LoadUnit loadUnit) {
        this.catalog = catalog;
        this.loadUnit = loadUnit;
        list.setPadding(false);
        var add = new Button(getTranslation("routine.add-exercise"), VaadinIcon.PLUS.create(),
                click -> new ExercisePickerDialog(catalog, chosen(), this::pick).open());
        listProblem.addClassName("field-error");
        listProblem.setVisible(false);
        getContent().setPadding(false);
        getContent().add(listProblem, list, add);
    }

    void fill(List<ItemDraft> drafts) {
        items.clear();
        list.removeAll();
        var exercises = catalog.instructions(drafts.stream().map(ItemDraft::exerciseId).toList());
        drafts.forEach(draft -> append(exercises.get(draft.exerciseId()), draft));
    }

    /** Selects the exercise's item, if the list has it. */
    void select(long exerciseId) {
        items.stream().filter(item -> item.exercise().id() == exerciseId).findFirst().ifPresent(ItemEditor::select);
    }

    List<ItemDraft> drafts() {
        return items.stream().map(ItemEditor::draft).toList();
    }

    List<ExerciseInstructions> toAvoid() {
        return items.stream().map(ItemEditor::exercise).filter(ExerciseInstructions::toAvoid).toList();
    }

    /** {@code listProblem} is about the list as a whole (no items, too many), null when there is none. */
    void showProblems(Problem listProblem, Map<Integer, Map<ItemField, Problem>> problems) {
        this.listProblem.setVisible(listProblem != null);
        this.listProblem.setText(listProblem == null ? "" : ProblemText.of(this, listProblem));
        for (int i = 0; i < items.size(); i++) {
            items.get(i).showProblems(problems.getOrDefault(i, Map.of()));
        }
    }

    private Set<Long> chosen() {
        return items.stream().map(item -> item.exercise().id()).collect(Collectors.toSet());
    }

    private void pick(long exerciseId) {
        var exercise = catalog.instructions(List.of(exerciseId)).get(exerciseId);
        if (exercise.toAvoid()) {
            new AvoidWarningDialog(exercise, () -> swap(exercise), () -> add(exercise)).open();
        } else {
            add(exercise);
        }
    }

    private void swap(ExerciseInstructions avoided) {
        var alternativeId = avoided.alternative().id();
        if (chosen().contains(alternativeId)) {
            Notifications.info(getTranslation("routine.avoid.alternative-present", avoided.alternative().name()));
            return;
        }
        add(catalog.instructions(List.of(alternativeId)).get(alternativeId));
    }

    private void add(ExerciseInstructions exercise) {
        append(exercise, new ItemDraft(exercise.id(), startingDose(exercise), null, null, false, null, null, null));
        if (exercise.status() == CatalogStatus.CAUTION) {
            Notifications.caution(getTranslation("routine.caution-added", exercise.name(), exercise.statusReason()));
        }
    }

    private static Dosage startingDose(ExerciseInstructions exercise) {
        var usual = exercise.usualDosage();
        if (exercise.kind() == ExerciseKind.EDUCATION || usual.minutes() != null) {
            return usual;
        }
        if (usual.reps() == null) {
            return new Dosage(STARTING_DOSE.sets(), STARTING_DOSE.reps(), usual.holdSeconds(), usual.side(), null);
        }
        return new Dosage(usual.sets() == null ? 1 : usual.sets(), usual.reps(), usual.holdSeconds(), usual.side(),
                null);
    }

    private void append(ExerciseInstructions exercise, ItemDraft draft) {
        var editor = new ItemEditor(exercise, draft, loadUnit, this);
        items.add(editor);
        list.add(editor);
        renumber();
    }

    @Override
    public void move(ItemEditor item, int by) {
        var from = items.indexOf(item);
        var to = from + by;
        if (to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
        list.removeAll();
        items.forEach(list::add);
        renumber();
    }

    @Override
    public void remove(ItemEditor item) {
        items.remove(item);
        list.remove(item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).place(i, items.size());
        }
    }
}
