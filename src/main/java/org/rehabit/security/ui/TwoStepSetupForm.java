package org.rehabit.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.ArrayList;
import java.util.List;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.security.service.TwoStep;

/**
 * Setting up an authenticator app: the QR code and the same secret as text, then a code from the app to prove it
 * took it. On success the recovery codes are shown once; {@code done} runs when the user has put them away.
 */
class TwoStepSetupForm extends VerticalLayout {

    /**
     * @param enroll turns it on with the code (and the password, if {@code askPassword}); returns the recovery codes
     */
    TwoStepSetupForm(TwoStep.Setup setup, boolean askPassword,
            SerializableBiFunction<String, String, List<String>> enroll,
            Runnable done) {
        setPadding(false);
        setMaxWidth("40rem");
        addClassName("two-step-setup");
        var steps = new OrderedList(new ListItem(getTranslation("two-step.setup.install")),
                new ListItem(getTranslation("two-step.setup.scan")),
                new ListItem(getTranslation("two-step.setup.code")));
        var secret = new Span(String.join(" ", setup.secret().split("(?<=\\G.{4})")));
        secret.addClassName("two-step-secret");
        var code = codeField(getTranslation("two-step.code"));
        var password = new PasswordField(getTranslation("password.current"));
        password.setVisible(askPassword);
        var errors = new FieldErrors(this).bind(TwoStep.Field.CODE, code).bind(TwoStep.Field.PASSWORD, password);
        var turnOn = new Button(getTranslation("two-step.setup.turn-on"));
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickShortcut(Key.ENTER);
        turnOn.addClickListener(click -> {
            var codes = new ArrayList<String>();
            if (errors.submit(() -> codes.addAll(enroll.apply(code.getValue(), password.getValue())))) {
                removeAll();
                add(new RecoveryCodes(codes, done));
            }
        });
        add(steps, QrCode.of(setup.uri(), getTranslation("two-step.setup.qr")),
                new Paragraph(getTranslation("two-step.setup.secret")), secret, code, password, turnOn);
    }

    static TextField codeField(String label) {
        var code = new TextField(label);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        code.setMaxLength(20);
        code.setWidth("12em");
        return code;
    }

    /** The ten recovery codes, shown once, with what they are for. */
    static class RecoveryCodes extends Div {

        RecoveryCodes(List<String> codes, Runnable done) {
            addClassName("recovery-codes");
            var list = new OrderedList();
            codes.forEach(code -> list.add(new ListItem(code)));
            var saved = new Button(getTranslation("two-step.codes.saved"), click -> done.run());
            saved.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph(getTranslation("two-step.codes.intro")), list, saved);
        }
    }
}
