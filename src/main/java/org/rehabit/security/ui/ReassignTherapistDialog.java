package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.TherapistOption;

/** Moves a patient to another therapist's caseload. */
class ReassignTherapistDialog extends Dialog {

    ReassignTherapistDialog(AccountService accountService, AccountSummary patient, Runnable onDone) {
        setHeaderTitle(getTranslation("accounts.reassign.title", patient.displayName()));
        var therapist = new ComboBox<TherapistOption>(getTranslation("accounts.therapist"));
        therapist.setItems(accountService.activeTherapists());
        therapist.setItemLabelGenerator(TherapistOption::displayName);
        therapist.setWidthFull();
        var errors = new FieldErrors(this).bind(AccountField.THERAPIST, therapist);
        add(therapist);
        var save = new Button(getTranslation("accounts.reassign.save"), click -> {
            if (therapist.getValue() == null) {
                errors.show(java.util.Map.of(AccountField.THERAPIST, Problem.of("validation.required")));
                return;
            }
            errors.submit(() -> {
                accountService.reassignPatient(patient.id(), therapist.getValue().id());
                close();
                onDone.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), save);
    }
}
