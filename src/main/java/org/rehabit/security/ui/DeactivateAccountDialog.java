package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.TherapistOption;

/**
 * Asks before an account is deactivated. A therapist's patients move to another therapist chosen here first, so
 * that nobody's alerts go unseen.
 */
class DeactivateAccountDialog extends Dialog {

    DeactivateAccountDialog(AccountService accountService, AccountSummary account, Runnable onDone) {
        setHeaderTitle(getTranslation("accounts.deactivate.title", account.displayName()));
        add(new Paragraph(getTranslation("accounts.deactivate.effect")));
        var patients = account.role() == Role.THERAPIST ? accountService.caseloadSize(account.id()) : 0;
        var successor = new ComboBox<TherapistOption>(getTranslation("accounts.deactivate.successor"));
        var errors = new FieldErrors(this).bind(AccountField.THERAPIST, successor);
        if (patients > 0) {
            successor.setItems(accountService.activeTherapists().stream()
                    .filter(therapist -> therapist.id() != account.id()).toList());
            successor.setItemLabelGenerator(TherapistOption::displayName);
            successor.setWidthFull();
            add(new Paragraph(getTranslation("accounts.deactivate.patients", account.displayName(), patients)),
                    successor);
        }
        var deactivate = new Button(getTranslation("accounts.deactivate"), click -> {
            if (patients > 0 && successor.getValue() == null) {
                errors.show(Map.of(AccountField.THERAPIST, Problem.of("validation.required")));
                return;
            }
            errors.submit(() -> {
                if (patients > 0) {
                    accountService.deactivateTherapist(account.id(), successor.getValue().id());
                } else {
                    accountService.setEnabled(account.id(), false);
                }
                close();
                onDone.run();
            });
        });
        deactivate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("cancel"), click -> close()), deactivate);
    }
}
