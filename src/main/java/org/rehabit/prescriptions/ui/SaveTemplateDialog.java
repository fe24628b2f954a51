package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ProblemText;
import org.rehabit.prescriptions.domain.RoutineTemplate;
import org.rehabit.prescriptions.service.TemplateField;

/** Names a new template made from the routine; the service's objections appear beside the name. */
class SaveTemplateDialog extends Dialog {

    private final TextField name = new TextField();

    SaveTemplateDialog(String suggestedName, Consumer<String> save) {
        setHeaderTitle(getTranslation("template.save.title"));
        name.setLabel(getTranslation("template.name"));
        name.setMaxLength(RoutineTemplate.NAME_MAX_LENGTH);
        name.setValue(suggestedName);
        name.setWidthFull();
        name.setManualValidation(true);
        add(name);
        var saveButton = new Button(getTranslation("template.save"), click -> {
            try {
                save.accept(name.getValue());
                close();
                Notifications.success(getTranslation("template.saved", name.getValue().strip()));
            } catch (InvalidInputException e) {
                var problem = e.problems().getOrDefault(TemplateField.NAME, e.problems().get(TemplateField.ITEMS));
                name.setInvalid(true);
                name.setErrorMessage(ProblemText.of(this, problem));
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), saveButton);
    }
}
