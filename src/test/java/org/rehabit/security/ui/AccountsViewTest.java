package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.security.UniqueNames;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountService;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/** The admin creates accounts from the accounts view; bad input is explained on the fields and saves nothing. */
class AccountsViewTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    AccountService accountService;

    @BeforeEach
    void signInAsAnAdmin() {
        data.signIn(data.admin());
    }

    @Test
    void bad_input_is_explained_beside_each_field_and_nothing_is_saved() {
        var before = countAccounts();
        open("admin/accounts");
        test($(Button.class).withText("New account").single()).click();
        test($(RadioButtonGroup.class).withLabel("Role").single()).selectItem("Patient");
        test($(TextField.class).withLabel("Username").single()).setValue("Bad Name!");
        test($(EmailField.class).withLabel("E-mail").single()).setValue("nope");
        test($(PasswordField.class).withLabel("Initial password").single()).setValue("password1234");
        test($(Button.class).withText("Create account").single()).click();

        assertThat(error(TextField.class, "Name")).isEqualTo("Required.");
        assertThat(error(TextField.class, "Username")).startsWith("Use 3-50 lower-case letters");
        assertThat(error(EmailField.class, "E-mail")).startsWith("Enter an e-mail address");
        assertThat(error(PasswordField.class, "Initial password")).startsWith("This password is too common");
        assertThat(error(ComboBox.class, "Therapist")).isEqualTo("Required.");
        assertThat(countAccounts()).isEqualTo(before);
    }

    @Test
    void a_new_patient_account_appears_in_the_list_with_its_therapist() {
        var therapist = data.therapist();
        var username = UniqueNames.username("quinn");
        open("admin/accounts");
        test($(Button.class).withText("New account").single()).click();
        test($(RadioButtonGroup.class).withLabel("Role").single()).selectItem("Patient");
        test($(TextField.class).withLabel("Name").single()).setValue("Quinn Patient");
        test($(TextField.class).withLabel("Username").single()).setValue(username);
        test($(EmailField.class).withLabel("E-mail").single()).setValue(username + "@example.org");
        test($(PasswordField.class).withLabel("Initial password").single()).setValue("quiet-harbour-lamp");
        test($(ComboBox.class).withLabel("Therapist").single()).selectItem(therapist.displayName());
        test($(Button.class).withText("Create account").single()).click();

        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = $(Grid.class).single();
        var quinn = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i))
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
        assertThat(quinn.role()).isEqualTo(Role.PATIENT);
        assertThat(quinn.therapistName()).isEqualTo(therapist.displayName());
    }

    @Test
    void deactivating_a_therapist_asks_who_takes_over_their_patients() {
        var therapist = data.therapist();
        var successor = data.therapist();
        var patient = data.patientOf(therapist);
        open("admin/accounts");
        var summary = accountService.search(therapist.username(), null, Pageable.ofSize(1)).getContent().getFirst();
        new DeactivateAccountDialog(accountService, summary, () -> {}).open();

        assertThat($(Paragraph.class).withText(therapist.displayName()
                + " has 1 patient. Choose the therapist who takes them over, so that no alert goes unseen.").exists())
                .isTrue();
        test($(Button.class).withText("Deactivate").single()).click();
        assertThat(error(ComboBox.class, "New therapist for these patients")).isEqualTo("Required.");

        test($(ComboBox.class).withLabel("New therapist for these patients").single())
                .selectItem(successor.displayName());
        test($(Button.class).withText("Deactivate").single()).click();

        assertThat(jdbc.queryForObject("select therapist_id from account where id = ?", Long.class, patient.id()))
                .isEqualTo(successor.id());
        assertThat(jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, therapist.id()))
                .isFalse();
    }

    private String error(Class<? extends com.vaadin.flow.component.Component> type, String label) {
        var field = (com.vaadin.flow.component.HasValidation) $(type).withLabel(label).single();
        assertThat(field.isInvalid()).as(label + " is marked invalid").isTrue();
        return field.getErrorMessage();
    }

    private long countAccounts() {
        return jdbc.queryForObject("select count(*) from account", Long.class);
    }
}
