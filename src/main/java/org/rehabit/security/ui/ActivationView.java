package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.InvitationService;
import org.rehabit.security.service.PasswordPolicy;

/** Where an invited patient opens their link and chooses a password; a used or expired link says what to do. */
@Route(value = InvitationService.ACTIVATION_PATH, autoLayout = false)
@AnonymousAllowed
public class ActivationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final InvitationService invitations;

    ActivationView(InvitationService invitations) {
        this.invitations = invitations;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        var check = invitations.check(token);
        if (check.state() == InvitationState.VALID) {
            showForm(token, check.username());
        } else {
            showState(check.state());
        }
    }

    private void showForm(String token, String username) {
        var password = new PasswordField(getTranslation("activate.password"));
        password.setHelperText(getTranslation("accounts.password.help", PasswordPolicy.MIN_LENGTH));
        var repeat = new PasswordField(getTranslation("activate.repeat"));
        var errors = new FieldErrors(this).bind(AccountField.PASSWORD, password);
        var repeatErrors = new FieldErrors(this).bind(AccountField.PASSWORD, repeat);
        var save = new Button(getTranslation("activate.save"), click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                repeatErrors.show(Map.of(AccountField.PASSWORD, Problem.of("validation.password.mismatch")));
                return;
            }
            errors.submit(() -> {
                var outcome = invitations.activate(token, password.getValue());
                if (outcome == InvitationState.VALID) {
                    showDone(username);
                } else {
                    showState(outcome);
                }
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new VerticalLayout(new H2(getTranslation("activate.title")),
                new Paragraph(getTranslation("activate.username", username)), password, repeat, save);
        box.addClassName("activation-box");
        password.setWidthFull();
        repeat.setWidthFull();
        removeAll();
        add(new H1(getTranslation("app.name")), box);
    }

    private void showDone(String username) {
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation("activate.done.title")),
                new Paragraph(getTranslation("activate.done.message", username)),
                new Anchor("login", getTranslation("activate.sign-in")));
    }

    private void showState(InvitationState state) {
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation("activate.invalid.title")),
                new Paragraph(getTranslation("activate.invalid." + state.name())),
                new Paragraph(getTranslation("activate.invalid.ask")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activate.title");
    }
}
