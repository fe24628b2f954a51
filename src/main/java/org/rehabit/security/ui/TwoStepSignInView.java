package org.rehabit.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.service.SecondStepSignIn;
import org.rehabit.security.service.TwoStep;

/**
 * The second step of signing in, after the right password: a code from the authenticator app or a recovery code;
 * or, where two-step sign-in is required and not set up yet, setting it up now.
 */
@Route(value = "login/two-step", autoLayout = false)
@AnonymousAllowed
class TwoStepSignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondStepSignIn secondStep;
    private final TextField code = TwoStepSetupForm.codeField("");
    private final FieldErrors errors = new FieldErrors(this).bind(TwoStep.Field.CODE, code);
    private boolean recovery;

    TwoStepSignInView(SecondStepSignIn secondStep) {
        this.secondStep = secondStep;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (secondStep.pending().isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var who = new Paragraph(getTranslation("two-step.signing-in-as", secondStep.pending().get().displayName()));
        var someoneElse = new Button(getTranslation("two-step.someone-else"), click -> {
            secondStep.cancel();
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        someoneElse.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(title, who);
        if (secondStep.mustSetUp()) {
            add(new H2(getTranslation("two-step.required.title")),
                    new Paragraph(getTranslation("two-step.required.intro")), new TwoStepSetupForm(secondStep.setup(),
                            false, (code, password) -> secondStep.setUpAndSignIn(code), this::goOn));
        } else {
            askForCode();
        }
        add(someoneElse);
    }

    private void askForCode() {
        var intro = new Paragraph();
        var submit = new Button(getTranslation("two-step.sign-in"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        var other = new Button();
        other.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Runnable mode = () -> {
            intro.setText(getTranslation(recovery ? "two-step.recovery.intro" : "two-step.code.intro"));
            code.setLabel(getTranslation(recovery ? "two-step.recovery-code" : "two-step.code"));
            code.getElement().setAttribute("inputmode", recovery ? "text" : "numeric");
            other.setText(getTranslation(recovery ? "two-step.use-code" : "two-step.use-recovery"));
            code.clear();
            code.setInvalid(false);
            code.focus();
        };
        other.addClickListener(click -> {
            recovery = !recovery;
            mode.run();
        });
        submit.addClickListener(click -> take());
        mode.run();
        add(new H2(getTranslation("two-step.title")), intro, code, submit, other);
    }

    private void take() {
        var outcomes = new ArrayList<SecondStepSignIn.Outcome>();
        if (!errors.submit(() -> outcomes.add(recovery ? secondStep.withRecoveryCode(code.getValue())
                : secondStep.withCode(code.getValue())))) {
            return;
        }
        var outcome = outcomes.getFirst();
        if (outcome.signedInTo().isPresent()) {
            getUI().ifPresent(ui -> ui.getPage().setLocation(outcome.signedInTo().get()));
            return;
        }
        code.setInvalid(true);
        code.setErrorMessage(outcome.pausedFor()
                .map(wait -> getTranslation("two-step.paused", Math.max(1, (wait.toSeconds() + 59) / 60)))
                .orElse(getTranslation(recovery ? "two-step.recovery-wrong" : "two-step.code-wrong")));
    }

    private void goOn() {
        getUI().ifPresent(ui -> ui.getPage().setLocation(secondStep.destination()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.title");
    }
}
