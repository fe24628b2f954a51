package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabit.prescriptions.service.TemplateSummary;

/** Starts a new routine: blank, or from one of the shared templates or the therapist's own. */
class NewRoutineDialog extends Dialog {

    NewRoutineDialog(long patientId, List<TemplateSummary> templates) {
        setHeaderTitle(getTranslation("routine.new"));
        var start = new RadioButtonGroup<Optional<TemplateSummary>>(getTranslation("routine.new.start-from"));
        var choices = new ArrayList<Optional<TemplateSummary>>();
        choices.add(Optional.empty());
        templates.forEach(template -> choices.add(Optional.of(template)));
        start.setItems(choices);
        start.setItemLabelGenerator(choice -> choice.map(t -> getTranslation(
                t.shared() ? "routine.new.shared-template" : "routine.new.own-template", t.name(), t.items()))
                .orElse(getTranslation("routine.new.blank")));
        start.setValue(Optional.empty());
        add(start);
        var next = new Button(getTranslation("routine.new.continue"), click -> {
            close();
            var query = start.getValue().map(t -> QueryParameters.simple(Map.of("template", String.valueOf(t.id()))))
                    .orElse(QueryParameters.empty());
            getUI().ifPresent(ui -> ui.navigate(NewRoutineView.class, patientId, query));
        });
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), next);
    }
}
