package org.rehabit.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.domain.Account;
import org.rehabit.security.service.AccountField;

/** Adds a patient to the therapist's caseload and then shows their one-time activation link. */
class AddPatientDialog extends Dialog {

    AddPatientDialog(PatientService patients, Runnable onAdded) {
        setHeaderTitle(getTranslation("patients.add.title"));
        setWidth("min(100%, 44rem)");
        var name = new TextField(getTranslation("accounts.display-name"));
        name.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        var email = new EmailField(getTranslation("accounts.email"));
        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        var intake = new IntakeForm();
        var errors = new FieldErrors(this).bind(AccountField.DISPLAY_NAME, name)
                .bind(AccountField.EMAIL, email);
        var account = new FormLayout(name, email);
        account.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        add(account, intake);

        errors.alsoShowOn(intake::showProblems);
        var save = new Button(getTranslation("patients.add.save"), click -> errors.submit(() -> {
            var added = patients.add(name.getValue(), email.getValue(), intake.intake());
            close();
            onAdded.run();
            new ActivationLinkDialog(name.getValue().strip(), added.username(), added.activationToken()).open();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), save);
    }
}
