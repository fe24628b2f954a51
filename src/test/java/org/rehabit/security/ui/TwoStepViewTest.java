package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.security.AuthenticatorApp;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A therapist sets up two-step sign-in from its page, as they would with their phone. */
class TwoStepViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    @Test
    void a_therapist_scans_types_the_apps_code_and_keeps_the_recovery_codes() {
        data.signIn(data.therapist());
        open("account/two-step");
        var secret = $(Span.class).withClassName("two-step-secret").single().getText().replace(" ", "");

        test($(TextField.class).withLabel("Code from the app").single()).setValue("123456");
        test($(Button.class).withText("Turn on").single()).click();
        assertThat($(TextField.class).withLabel("Code from the app").single().getErrorMessage())
                .startsWith("This code is not right");

        test($(TextField.class).withLabel("Code from the app").single())
                .setValue(AuthenticatorApp.code(secret, clock.instant()));
        test($(Button.class).withText("Turn on").single()).click();

        assertThat($(ListItem.class).all()).extracting(ListItem::getText).filteredOn(text -> text.matches(
                "[a-z2-9]{4}-[a-z2-9]{4}")).hasSize(10);
        test($(Button.class).withText("I have saved them").single()).click();
        assertThat($(Paragraph.class).withClassName("two-step-status").single().getText())
                .startsWith("Two-step sign-in is on since").endsWith("Recovery codes left: 10.");
    }
}
