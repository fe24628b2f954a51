package org.rehabit.patients.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The therapist adds a patient and gets a link; the patient uses it once to choose a password. These tests commit,
 * so they look only at the patients of their own therapist.
 */
class PatientViewsTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    private TestAccount therapist;

    @BeforeEach
    void sign_in_as_a_therapist() {
        therapist = data.therapist();
        data.signIn(therapist);
    }

    @Test
    void adding_a_patient_shows_a_one_time_activation_link() {
        var email = "olga." + therapist.id() + "@example.org";
        open("caseload");
        test($(Button.class).withText("Add patient").single()).click();
        test($(TextField.class).withLabel("Name").single()).setValue("Olga Other");
        test($(EmailField.class).withLabel("E-mail").single()).setValue(email);
        test($(RadioButtonGroup.class).withLabel("Main complaint").single()).selectItem("Neck and back");
        test($(Button.class).withText("Add and create link").single()).click();
        var link = $(TextField.class).withLabel("Activation link").single().getValue();
        assertThat(link).contains("/activate/");
        var hash = jdbc.queryForObject("select i.token_hash from invitation i join account a "
                + "on a.id = i.account_id where a.email = ? and a.therapist_id = ?", String.class, email,
                therapist.id());
        assertThat(link).doesNotContain(hash);

        var patientId = jdbc.queryForObject("select id from account where email = ?", Long.class, email);
        open("patients/patient/" + patientId);
        assertThat($(Paragraph.class).withClassName("invitation-mail").single().getText())
                .startsWith("The activation link is on its way to " + email + " by e-mail");
    }

    @Test
    void missing_intake_fields_are_explained_and_nothing_is_saved() {
        open("caseload");
        test($(Button.class).withText("Add patient").single()).click();
        test($(Button.class).withText("Add and create link").single()).click();

        assertThat($(TextField.class).withLabel("Name").single().getErrorMessage()).isEqualTo("Required.");
        assertThat($(RadioButtonGroup.class).withLabel("Main complaint").single().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from account where therapist_id = ?", Long.class,
                therapist.id())).isZero();
    }

    @Test
    void a_broken_link_says_what_to_do() {
        data.signOut();
        assertThat(open("activate/not-a-real-token")).isEqualTo("activate");
        assertThat($(H2.class).single().getText()).isEqualTo("This link does not work");
        assertThat($(PasswordField.class).all()).isEmpty();
    }
}
