package org.rehabit.messages.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.messages.service.Conversations;
import org.rehabit.progress.service.CaseloadRow;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The patient writes on the Messages page (not an emergency channel, it says); a warning sign in the text shows the
 * red-flag advice at once; the therapist sees the message highlighted on the patient's page and answers there.
 */
class MessagesViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    PatientDayService days;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Conversations conversations;

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

    @Test
    void an_answer_sent_while_the_patient_has_the_page_open_is_announced_and_shown_on_request() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        data.signIn(patient);
        open("messages");
        var arrivals = $(Button.class).withClassName("messages-arrived");
        assertThat(arrivals.all()).as("hidden until something arrives").isEmpty();

        data.as(patient, () -> conversations.send(patient.id(), "My own, from the other tab", null, null, null));
        roundTrip();
        assertThat(arrivals.all()).as("one's own message is not news").isEmpty();
        data.as(therapist, () -> conversations.send(patient.id(), "How are you today?", null, null, null));
        roundTrip();

        assertThat(bodies()).as("nothing loaded on anyone's behalf").isEmpty();
        test(arrivals.single()).click();
        assertThat(bodies()).containsExactly("My own, from the other tab", "How are you today?");
        assertThat(arrivals.all()).isEmpty();
    }

    @Test
    void from_an_exercise_card_the_patient_asks_about_it_and_the_therapist_sees_unread_messages_on_the_dashboard() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var quiet = data.patientOf(therapist);
        var today = LocalDate.now(clock);
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);
        open("today");
        days.checkIn(false, false);
        open("today");
        // the link "Ask about this exercise" of the first card, as the day drawn in the browser has it
        var day = (JsonNode) getCurrentView().getElement().getChildren()
                .filter(element -> element.getTag().equals("rehabit-day")).findFirst().orElseThrow()
                .getPropertyRaw("document");
        var ask = day.get("routines").get(0).get("items").get(0).get("links").get(0);
        assertThat(ask.get("text").asString()).isEqualTo("Ask about this exercise");
        open(ask.get("href").asString());

        assertThat($(Div.class).withClassName("message-about-draft").single().getElement().getTextRecursively())
                .contains("Neck tilt");
        test($(TextArea.class).single()).setValue("How far should I tilt?");
        test($(Button.class).withText("Send").single()).click();
        assertThat($(Span.class).withClassName("message-about").single().getText()).contains("Neck tilt");

        data.signIn(therapist);
        open("dashboard");
        var grid = test($(Grid.class).single());
        assertThat(grid.size()).as("both patients").isEqualTo(2);
        test($(Checkbox.class).withCaption("Unread messages only").single()).click();
        assertThat(grid.size()).isOne();
        assertThat(((CaseloadRow) grid.getRow(0)).figures().patientId()).isEqualTo(patient.id())
                .isNotEqualTo(quiet.id());
    }

    @Test
    void from_an_open_alert_the_therapist_sends_a_drafted_message_in_one_step() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var today = LocalDate.now(clock);
        data.routine(patient, TestRoutines.daily(jdbc, today));
        data.signIn(patient);
        days.checkIn(false, true);

        data.signIn(therapist);
        open("patients/patient/" + patient.id());
        test($(Button.class).withText("Message the patient").single()).click();
        var dialog = $(Dialog.class).single();
        var draft = $(TextArea.class, dialog).single();
        assertThat(draft.getValue()).contains("check-in");
        test(draft).setValue(draft.getValue() + " Call us on 030 123.");
        test($(Button.class, dialog).withText("Send").single()).click();

        assertThat(jdbc.queryForMap("select body, about_day from message where patient_id = ?", patient.id()))
                .containsEntry("about_day", Date.valueOf(today))
                .hasEntrySatisfying("body", body -> assertThat(body.toString()).endsWith("Call us on 030 123."));
    }

    @Test
    void an_address_with_a_made_up_exercise_or_day_just_opens_the_messages() {
        data.signIn(data.patientOf(data.therapist()));

        open("messages?exercise=999999999&day=yesterday");

        assertThat($(Div.class).withClassName("message-about-draft").exists()).as("nothing to be about").isFalse();
        assertThat($(TextArea.class).single().isEnabled()).isTrue();
    }

    private List<String> bodies() {
        return $(Paragraph.class).withClassName("message-body").all().stream().map(Paragraph::getText).toList();
    }
}
