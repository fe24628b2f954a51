package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.service.OwnPassword;
import org.rehabit.security.service.OwnPassword.ChangeField;
import org.rehabit.security.service.PasswordPolicy;

/** Any signed-in user changes their own password; after an admin reset, they must before anything else. */
@Route("account/password")
@Menu(title = "nav.password", order = 95, icon = "vaadin:lock")
@PermitAll
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    ChangePasswordView(OwnPassword password) {
        setMaxWidth("30rem");
        add(new ViewHeader(getTranslation("password.title")));
        if (password.mustChange()) {
            var notice = new Paragraph(getTranslation("password.must-change"));
            notice.addClassNames("notice", "must-change");
            add(notice);
        }
        var current = field("password.current");
        var next = field("password.new");
        next.setHelperText(getTranslation("accounts.password.help", PasswordPolicy.MIN_LENGTH));
        var repeat = field("password.repeat");
        var errors = new FieldErrors(this).bind(ChangeField.CURRENT, current).bind(ChangeField.NEW, next);
        var repeatErrors = new FieldErrors(this).bind(ChangeField.NEW, repeat);
        var save = new Button(getTranslation("password.save"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeatErrors.show(Map.of(ChangeField.NEW, Problem.of("validation.password.mismatch")));
                return;
            }
            repeatErrors.show(Map.of());
            if (errors.submit(() -> password.change(current.getValue(), next.getValue()))) {
                Notifications.success(getTranslation("password.saved"));
                getUI().ifPresent(ui -> ui.navigate(""));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(current, next, repeat, save);
    }

    private PasswordField field(String labelKey) {
        var field = new PasswordField(getTranslation(labelKey));
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
