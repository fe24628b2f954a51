package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.rehabit.catalog.service.ExerciseInstructions;

/**
 * Shown when a therapist picks an exercise the catalog says to avoid: why, and the safer alternative one click
 * away. Adding it anyway is possible, but saving will then ask for an explicit confirmation.
 */
class AvoidWarningDialog extends Dialog {

    AvoidWarningDialog(ExerciseInstructions exercise, Runnable swap, Runnable addAnyway) {
        setHeaderTitle(getTranslation("routine.avoid.title", exercise.name()));
        setMaxWidth("36rem");
        add(new Paragraph(exercise.statusReason()));
        var alternative = exercise.alternative();
        if (alternative != null) {
            add(new Paragraph(getTranslation("routine.avoid.alternative", alternative.name())));
        }
        var anyway = new Button(getTranslation("routine.avoid.add-anyway"), click -> {
            close();
            addAnyway.run();
        });
        anyway.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), anyway);
        if (alternative != null) {
            var swapButton = new Button(getTranslation("routine.avoid.swap", alternative.name()), click -> {
                close();
                swap.run();
            });
            swapButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(swapButton);
            swapButton.focus();
        }
    }
}
