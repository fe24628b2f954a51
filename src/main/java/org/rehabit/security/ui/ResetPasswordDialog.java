package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.PasswordPolicy;

/** Sets a new password that the admin passes on to the account holder. */
class ResetPasswordDialog extends Dialog {

    ResetPasswordDialog(AccountService accountService, AccountSummary account, Runnable onDone) {
        setHeaderTitle(getTranslation("accounts.reset.title", account.displayName()));
        var password = new PasswordField(getTranslation("accounts.new-password"));
        password.setHelperText(getTranslation("accounts.password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        var errors = new FieldErrors(this).bind(AccountField.PASSWORD, password);
        add(password);
        var save = new Button(getTranslation("accounts.reset.save"), click -> errors.submit(() -> {
            accountService.resetPassword(account.id(), password.getValue());
            close();
            onDone.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), save);
    }
}
