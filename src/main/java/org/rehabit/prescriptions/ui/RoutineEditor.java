package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseInstructions;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineField;
import org.rehabit.prescriptions.service.RoutineRejectedException;

/**
 * The routine builder: the routine's fields and its exercises. Saving a routine that still holds an exercise to
 * avoid first asks the therapist to confirm, by name; the service records who confirmed.
 */
class RoutineEditor extends Composite<VerticalLayout> {

    private final RoutineForm form;
    private final ItemList items;

    RoutineEditor(CatalogService catalog, LoadUnit loadUnit, String startLabelKey) {
        form = new RoutineForm(startLabelKey);
        items = new ItemList(catalog, loadUnit);
        getContent().setPadding(false);
        getContent().add(form, new H2(getTranslation("routine.exercises")), items);
    }

    void fill(RoutineDraft draft) {
        form.fill(draft);
        items.fill(draft.items());
    }

    /** Selects an exercise of the routine to change (the one an alert was about). */
    void select(long exerciseId) {
        items.select(exerciseId);
    }

    /** Hands the draft to {@code save}, after the confirmation if one is needed, and shows what it refuses. */
    void save(Consumer<RoutineDraft> save) {
        var draft = form.draft(items.drafts());
        var toAvoid = items.toAvoid();
        if (toAvoid.isEmpty()) {
            send(draft, save);
            return;
        }
        var names = toAvoid.stream().map(ExerciseInstructions::name).collect(Collectors.joining(", "));
        var confirm = new ConfirmDialog(getTranslation("routine.confirm-avoid.title"),
                getTranslation("routine.confirm-avoid.text", names), getTranslation("routine.confirm-avoid.confirm"),
                confirmed -> send(draft.withItems(draft.items().stream().map(ItemDraft::confirmingAvoid).toList()),
                        save));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("routine.confirm-avoid.back"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void send(RoutineDraft draft, Consumer<RoutineDraft> save) {
        try {
            save.accept(draft);
        } catch (RoutineRejectedException e) {
            form.showProblems(e.problems());
            items.showProblems(e.problems().get(RoutineField.ITEMS), e.itemProblems());
            return;
        }
        form.showProblems(Map.of());
        items.showProblems(null, Map.of());
    }
}
