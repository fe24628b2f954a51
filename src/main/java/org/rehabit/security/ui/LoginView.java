package org.rehabit.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.rehabit.security.service.SecondStepSignIn;

/** Sign-in. A wrong username, a wrong password and a deactivated account all get the same message. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The prefix of the keys under which the patient's day keeps copies of days on the phone. */
    static final String DAY_COPIES = "rehabit.day.";

    private final AuthenticationContext authenticationContext;
    private final SecondStepSignIn secondStep;
    private final LoginForm login = new LoginForm();

    LoginView(AuthenticationContext authenticationContext, SecondStepSignIn secondStep) {
        this.authenticationContext = authenticationContext;
        this.secondStep = secondStep;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.addForgotPasswordListener(forgot -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n());

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        add(title, new Paragraph(getTranslation("login.tagline")), login);
        // Signed out, or never signed in: the copies of a patient's days kept on this phone for offline use go
        // (frontend/rehabit-day-store.js names them so); actions not yet sent stay, to go after the next sign-in.
        getElement().executeJs("Object.keys(localStorage).filter(key => key.startsWith($0))"
                + ".forEach(key => localStorage.removeItem(key))", DAY_COPIES);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("forgot.link"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (secondStep.pending().isPresent()) {
            event.forwardTo(TwoStepSignInView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters();
        var wait = parameters.getSingleParameter("wait").filter(minutes -> minutes.matches("\\d{1,3}"));
        var expired = parameters.getParameters().containsKey("expired");
        var idle = parameters.getParameters().containsKey("idle");
        login.setI18n(wait.isPresent() ? waitI18n(wait.get())
                : expired ? notice("login.expired.title", "login.expired.message")
                        : idle ? notice("login.idle.title", "login.idle.message") : i18n());
        login.setError(wait.isPresent() || expired || idle || parameters.getParameters().containsKey("error"));
    }

    /**
     * Why the user is asked to sign in: the page's security token had expired (a sign-in page left open for long),
     * or they were signed out after a while without activity.
     */
    private LoginI18n notice(String titleKey, String messageKey) {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation(titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(messageKey));
        return i18n;
    }

    /** Too many failed attempts: the same words whether or not the account exists. */
    private LoginI18n waitI18n(String minutes) {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.wait.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.wait.message", Integer.parseInt(minutes)));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
