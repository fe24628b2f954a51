package org.rehabit.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.clinic.domain.ClinicProfile;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.clinic.service.ClinicService.ClinicField;
import org.rehabit.messages.service.Conversations;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * An admin sets the clinic's contact details; a bad phone number is refused and the saved details stay; a patient
 * sees the number to call beside their messages, e-mails carry the clinic's name, and nobody but an admin changes it.
 */
class ClinicProfileTest extends BrowserlessTest {

    @Autowired
    ClinicService clinic;
    @Autowired
    Conversations conversations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void an_admin_sets_the_details_and_the_patient_sees_whom_to_call_beside_the_messages() {
        data.signIn(data.admin());
        open("admin/clinic");
        test($(TextField.class).withCaption("Name").single()).setValue("Riverside Physio");
        test($(TextField.class).withCaption("Phone").single()).setValue("+49 30 1234567");
        test($(Button.class).withText("Save").single()).click();

        test($(TextField.class).withCaption("Phone").single()).setValue("call us");
        test($(Button.class).withText("Save").single()).click();
        assertThat($(TextField.class).withCaption("Phone").single().isInvalid()).isTrue();
        assertThat(clinic.profile().phone()).as("the saved number stays").isEqualTo("+49 30 1234567");

        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        data.signIn(patient);
        open("messages");
        var call = $(Anchor.class).withClassName("clinic-phone").single();
        assertThat(call.getHref()).isEqualTo("tel:+49301234567");
        assertThat(call.getText()).isEqualTo("Call +49 30 1234567");

        data.as(therapist, () -> conversations.send(patient.id(), "See you on Monday.", null, null, UUID.randomUUID()));
        assertThat(jdbc.queryForObject("select subject from outbox_message where recipient_id = ? and kind = 'MESSAGE'",
                String.class, patient.id())).as("e-mails carry the clinic's name from its profile")
                .isEqualTo("Riverside Physio: your physiotherapist wrote to you");
    }

    @Test
    void nobody_but_an_admin_changes_the_details() {
        for (var someone : new TestData.TestAccount[] {data.therapist(), data.patientOf(data.therapist())}) {
            data.signIn(someone);
            assertThatThrownBy(() -> clinic.save(new ClinicProfile("Mine now", null, null, null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        data.signIn(data.admin());
        assertThatThrownBy(() -> clinic.save(new ClinicProfile(" ", null, "not-an-address", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys(ClinicField.NAME, ClinicField.EMAIL));
    }
}
