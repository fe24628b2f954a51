package org.rehabit.messages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The patient writes on the Messages page (not an emergency channel, it says); a warning sign in the text shows the
 * red-flag advice at once; the therapist sees the message highlighted on the patient's page and answers there.
 */
class MessagesViewTest extends BrowserlessTest {

    @Autowired
    TestData data;

    @Test
    void a_patient_writes_sees_the_advice_for_a_warning_sign_and_the_therapist_answers() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        data.signIn(patient);
        open("messages");
        assertThat($(Paragraph.class).withClassName("messages-safety").single().getText())
                .contains("not for emergencies");

        test($(TextArea.class).single()).setValue("Since this morning my fingers feel numb.");
        test($(Button.class).withText("Send").single()).click();

        assertThat($(Paragraph.class).withClassName("red-flag-advice").single().isVisible()).isTrue();
        assertThat(bodies()).containsExactly("Since this morning my fingers feel numb.");

        data.signIn(therapist);
        open("patients/patient/" + patient.id());
        assertThat($(Div.class).withClassName("message-warning").all()).hasSize(1);
        test($(TextArea.class).withCaption("Write to the patient").single()).setValue("Please call us today.");
        test($(Button.class).withText("Send").single()).click();
        assertThat(bodies()).containsExactly("Since this morning my fingers feel numb.", "Please call us today.");

        data.signIn(patient);
        open("messages");
        assertThat($(Span.class).withClassName("message-read").all()).as("the therapist read it").hasSize(1);
    }

    private List<String> bodies() {
        return $(Paragraph.class).withClassName("message-body").all().stream().map(Paragraph::getText).toList();
    }
}
