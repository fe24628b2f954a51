package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Forgot password" from the sign-in form: the same answer for an account and for a name nobody has; the link from
 * the mail opens the page that sets the new password; a used link says so.
 */
class ForgotPasswordViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_sign_in_form_leads_to_the_page_and_any_name_gets_the_same_answer() {
        var patient = data.patientOf(data.therapist());
        data.signOut();
        open("login");
        test($(LoginForm.class).single()).forgotPassword();
        assertThat(getCurrentView()).isInstanceOf(ForgotPasswordView.class);

        var answers = new String[2];
        var names = new String[] {patient.username(), "nobody-" + patient.username()};
        for (int i = 0; i < 2; i++) {
            open("login");
            open("login/forgot");
            test($(TextField.class).single()).setValue(names[i]);
            test($(Button.class).withText("Send me a link").single()).click();
            answers[i] = $(H2.class).single().getText() + " " + $(Paragraph.class).single().getText();
        }

        assertThat(answers[0]).contains("Check your e-mail", "If an account matches").isEqualTo(answers[1]);
    }

    @Test
    void an_empty_name_is_asked_for() {
        open("login/forgot");
        test($(Button.class).withText("Send me a link").single()).click();

        assertThat($(TextField.class).single().getErrorMessage()).isEqualTo("Enter your username or e-mail address.");
    }

    @Test
    void the_link_from_the_mail_sets_the_new_password_and_then_is_used() {
        var patient = data.patientOf(data.therapist());
        data.signOut();
        open("login/forgot");
        test($(TextField.class).single()).setValue(patient.email());
        test($(Button.class).withText("Send me a link").single()).click();
        // the request is handled in the background: wait for its mail
        var mail = await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "select body_text from outbox_message where recipient_id = ? and kind = ?", String.class,
                patient.id(), "PASSWORD_RESET"), mails -> !mails.isEmpty()).getFirst();
        var link = Pattern.compile("/(reset-password/[A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).isTrue();

        open(link.group(1));
        assertThat($(Paragraph.class).first().getText()).contains(patient.username());
        $(PasswordField.class).all().forEach(field -> test(field).setValue("a-new-password-9"));
        test($(Button.class).withText("Save password").single()).click();
        assertThat($(H2.class).single().getText()).isEqualTo("Your password is changed");

        open(link.group(1));
        assertThat($(Paragraph.class).first().getText()).contains("already been used");
    }
}
