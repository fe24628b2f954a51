package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** After an admin reset, every page leads to choosing one's own password, until one has. */
class ChangePasswordViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_temporary_password_leads_every_page_to_the_change_until_it_is_done() {
        var patient = data.patientOf(data.therapist());
        jdbc.update("update account set must_change_password = true where id = ?", patient.id());
        data.signIn(patient);

        assertThat(open("today")).isEqualTo("account/password");
        assertThat($(Paragraph.class).withClassName("must-change").exists()).isTrue();

        test($(PasswordField.class).withLabel("Current password").single()).setValue(TestData.PASSWORD);
        test($(PasswordField.class).withLabel("New password").single()).setValue("amber-willow-kettle");
        test($(PasswordField.class).withLabel("New password again").single()).setValue("amber-willow-kettl");
        test($(Button.class).withText("Change password").single()).click();
        assertThat($(PasswordField.class).withLabel("New password again").single().getErrorMessage())
                .isEqualTo("The two passwords are not the same.");

        test($(PasswordField.class).withLabel("New password again").single()).setValue("amber-willow-kettle");
        test($(Button.class).withText("Change password").single()).click();

        assertThat(open("today")).isEqualTo("today");
    }

    @Test
    void a_wrong_current_password_is_said_beside_it() {
        data.signIn(data.therapist());
        open("account/password");

        test($(PasswordField.class).withLabel("Current password").single()).setValue("not-mine");
        test($(PasswordField.class).withLabel("New password").single()).setValue("amber-willow-kettle");
        test($(PasswordField.class).withLabel("New password again").single()).setValue("amber-willow-kettle");
        test($(Button.class).withText("Change password").single()).click();

        assertThat($(PasswordField.class).withLabel("Current password").single().getErrorMessage())
                .isEqualTo("This is not your current password.");
    }
}
