package org.rehabit.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.rehabit.security.domain.Account;
import org.rehabit.security.service.PasswordResets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;

/**
 * "Forgot password", reached from the sign-in form: a username or e-mail address, and the same answer whatever it is,
 * so that the page tells nobody which accounts exist.
 */
@Route(value = ForgotPasswordView.PATH, autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "login/forgot";

    private final AuthenticationContext authenticationContext;

    ForgotPasswordView(PasswordResets resets, AuthenticationContext authenticationContext,
            @Qualifier("applicationTaskExecutor") TaskExecutor background) {
        this.authenticationContext = authenticationContext;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        var login = new TextField(getTranslation("forgot.login"));
        login.setMaxLength(Account.EMAIL_MAX_LENGTH);
        login.setWidthFull();
        login.setAutofocus(true);
        var box = new VerticalLayout();
        var send = new Button(getTranslation("forgot.send"), click -> {
            if (login.getValue().isBlank()) {
                login.setErrorMessage(getTranslation("forgot.login.required"));
                login.setInvalid(true);
                return;
            }
            // in the background: how long the answer takes must not tell whether the account exists
            var name = login.getValue();
            var address = VaadinRequest.getCurrent().getRemoteAddr();
            background.execute(() -> resets.request(name, address));
            box.removeAll();
            box.add(new H2(getTranslation("forgot.sent.title")),
                    new Paragraph(getTranslation("forgot.sent", PasswordResets.VALIDITY.toMinutes())),
                    new Anchor("login", getTranslation("activate.sign-in")));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        box.add(new H2(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), login, send,
                new Anchor("login", getTranslation("forgot.back")));
        box.addClassName("activation-box");
        add(new H1(getTranslation("app.name")), box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
