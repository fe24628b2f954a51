package org.rehabit.security.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.domain.Account;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.NewAccount;
import org.rehabit.security.service.PasswordPolicy;
import org.rehabit.security.service.TherapistOption;

/** Creates a therapist or patient account. The service checks every rule; its messages appear on the fields. */
class NewAccountDialog extends Dialog {

    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final TextField displayName = new TextField();
    private final TextField username = new TextField();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final ComboBox<TherapistOption> therapist = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    NewAccountDialog(AccountService accountService, Runnable onCreated) {
        setHeaderTitle(getTranslation("accounts.new.title"));
        setWidth("min(100%, 40rem)");
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Role.THERAPIST, Role.PATIENT);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.THERAPIST);
        displayName.setLabel(getTranslation("accounts.display-name"));
        displayName.setMaxLength(Account.DISPLAY_NAME_MAX_LENGTH);
        username.setLabel(getTranslation("accounts.username"));
        username.setMaxLength(Account.USERNAME_MAX_LENGTH);
        username.setHelperText(getTranslation("accounts.username.help"));
        email.setLabel(getTranslation("accounts.email"));
        email.setMaxLength(Account.EMAIL_MAX_LENGTH);
        password.setLabel(getTranslation("accounts.initial-password"));
        password.setHelperText(getTranslation("accounts.password.help", PasswordPolicy.MIN_LENGTH));
        therapist.setLabel(getTranslation("accounts.therapist"));
        therapist.setItems(accountService.activeTherapists());
        therapist.setItemLabelGenerator(TherapistOption::displayName);
        therapist.setVisible(false);
        role.addValueChangeListener(change -> therapist.setVisible(change.getValue() == Role.PATIENT));
        for (var field : new HasValue<?, ?>[] {displayName, username, email, password, therapist}) {
            field.setRequiredIndicatorVisible(true);
        }
        errors.bind(AccountField.DISPLAY_NAME, displayName).bind(AccountField.USERNAME, username)
                .bind(AccountField.EMAIL, email).bind(AccountField.PASSWORD, password)
                .bind(AccountField.THERAPIST, therapist);

        var form = new FormLayout(role, displayName, username, email, password, therapist);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        form.setColspan(role, 2);
        add(form);

        var create = new Button(getTranslation("accounts.new.create"), click -> errors.submit(() -> {
            accountService.create(input());
            close();
            onCreated.run();
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), create);
    }

    private NewAccount input() {
        var chosenTherapist = role.getValue() == Role.PATIENT && therapist.getValue() != null
                ? therapist.getValue().id() : null;
        return new NewAccount(role.getValue(), username.getValue(), displayName.getValue(), email.getValue(),
                password.getValue(), chosenTherapist);
    }
}
