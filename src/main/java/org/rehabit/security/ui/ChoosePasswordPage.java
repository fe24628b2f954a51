package org.rehabit.security.ui;

import com.vaadin.flow.component.Component;
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
import java.util.Map;
import org.rehabit.base.service.Problem;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.AccountField;
import org.rehabit.security.service.InvitationCheck;
import org.rehabit.security.service.PasswordPolicy;

/**
 * Where a one-time link from an e-mail leads (activation, password reset): the account's username and the new
 * password twice, or why the link no longer works and what to do.
 */
abstract class ChoosePasswordPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /**
     * The page's own wording: its title, what it says when done, why a link fails ({@code <prefix><state>}), and
     * what to do then, as a link when {@code whatNowPath} is given.
     */
    record Texts(String title, String doneTitle, String doneMessage, String invalidPrefix, String whatNow,
            String whatNowPath) {
    }

    private final Texts texts;

    ChoosePasswordPage(Texts texts) {
        this.texts = texts;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
    }

    /** What the link is worth, and whose account it is for. */
    abstract InvitationCheck check(String token);

    /** Sets the password with the link, or says why the link no longer works. */
    abstract InvitationState save(String token, String password);

    @Override
    public void setParameter(BeforeEvent event, String token) {
        var check = check(token);
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
                var outcome = save(token, password.getValue());
                if (outcome == InvitationState.VALID) {
                    showDone(username);
                } else {
                    showState(outcome);
                }
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var box = new VerticalLayout(new H2(getTranslation(texts.title())),
                new Paragraph(getTranslation("activate.username", username)), password, repeat, save);
        box.addClassName("activation-box");
        password.setWidthFull();
        repeat.setWidthFull();
        removeAll();
        add(new H1(getTranslation("app.name")), box);
    }

    private void showDone(String username) {
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation(texts.doneTitle())),
                new Paragraph(getTranslation(texts.doneMessage(), username)),
                new Anchor("login", getTranslation("activate.sign-in")));
    }

    private void showState(InvitationState state) {
        removeAll();
        add(new H1(getTranslation("app.name")), new H2(getTranslation("activate.invalid.title")),
                new Paragraph(getTranslation(texts.invalidPrefix() + state.name())), whatNow());
    }

    private Component whatNow() {
        var text = getTranslation(texts.whatNow());
        return texts.whatNowPath() == null ? new Paragraph(text) : new Anchor(texts.whatNowPath(), text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(texts.title());
    }
}
