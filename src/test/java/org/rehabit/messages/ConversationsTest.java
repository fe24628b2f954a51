package org.rehabit.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.service.SessionEntry;
import org.rehabit.base.database.StatementCounter;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.messages.domain.Message;
import org.rehabit.messages.domain.WarningWords;
import org.rehabit.messages.service.Conversations;
import org.rehabit.security.service.CareTeam;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * A patient's conversation with their therapist: written and read by those two only, kept as sent, read marks, the
 * session note as a message, one message per client key, a long conversation opened a page at a time, and a new
 * message announced to the other side without its text.
 */
@IntegrationTest
class ConversationsTest {

    @Autowired
    Conversations conversations;
    @Autowired
    PatientDayService days;
    @Autowired
    StatementCounter statements;
    @Autowired
    CareTeam careTeam;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestAccount therapist;
    TestAccount patient;

    @BeforeEach
    void aPatientAndTheirTherapist() {
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
    }

    @AfterEach
    void signOut() {
        data.signOut();
    }

    @Test
    void the_patient_writes_the_therapist_reads_and_answers_and_each_sees_what_was_read() {
        data.signIn(patient);
        conversations.send(patient.id(), "The chair twist hurt my neck today, I stopped.", null, null, null);
        data.signIn(therapist);
        assertThat(conversations.unreadFromMyPatients()).containsEntry(patient.id(), 1);

        var seen = conversations.page(patient.id(), null);
        conversations.send(patient.id(), "Thank you. Leave the twist out until Thursday.", null, null, null);

        assertThat(seen).extracting(Message::body).containsExactly("The chair twist hurt my neck today, I stopped.");
        assertThat(conversations.unreadFromMyPatients()).doesNotContainKey(patient.id());
        data.signIn(patient);
        assertThat(conversations.unreadForMe()).isOne();
        var mine = conversations.page(patient.id(), null);
        assertThat(mine).extracting(Message::body).containsExactly("Thank you. Leave the twist out until Thursday.",
                "The chair twist hurt my neck today, I stopped.");
        assertThat(mine.get(1).readAt()).as("the therapist read it").isNotNull();
        assertThat(conversations.unreadForMe()).isZero();
    }

    @Test
    void nobody_else_reads_or_writes_the_conversation() {
        var otherTherapist = data.therapist();
        var otherPatient = data.patientOf(otherTherapist);
        data.signIn(patient);
        conversations.send(patient.id(), "Hello", null, null, null);

        for (var stranger : new TestAccount[] {otherTherapist, otherPatient}) {
            data.signIn(stranger);
            assertThatThrownBy(() -> conversations.page(patient.id(), null))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> conversations.send(patient.id(), "Hi", null, null, null))
                    .isInstanceOf(RecordNotFoundException.class);
        }
        data.signIn(otherTherapist);
        assertThatThrownBy(() -> conversations.ofDay(patient.id(), LocalDate.now(clock)))
                .isInstanceOf(RecordNotFoundException.class);
        for (var notStaff : new TestAccount[] {otherPatient, patient}) {
            data.signIn(notStaff);
            assertThatThrownBy(() -> conversations.ofDay(patient.id(), LocalDate.now(clock)))
                    .as("the day's messages are the therapist's view").isInstanceOf(AccessDeniedException.class);
        }
        data.signIn(data.admin());
        assertThatThrownBy(() -> conversations.page(patient.id(), null)).isInstanceOf(AccessDeniedException.class);
        data.signIn(otherTherapist);
        assertThat(conversations.unreadFromMyPatients()).doesNotContainKey(patient.id());
    }

    @Test
    void a_day_shows_the_messages_sent_on_it_or_about_it_and_marks_none_read() {
        var today = LocalDate.now(clock);
        var yesterday = today.minusDays(1);
        data.signIn(patient);
        conversations.send(patient.id(), "Sent today", null, null, null);
        conversations.send(patient.id(), "About yesterday", yesterday, null, null);
        jdbc.update("""
                insert into message (patient_id, author_id, from_patient, body, sent_at)
                values (?, ?, true, 'Sent yesterday', ?)""", patient.id(), patient.id(),
                timestamp(yesterday.atTime(20, 0).atZone(clock.getZone()).toInstant()));

        data.signIn(therapist);
        assertThat(conversations.ofDay(patient.id(), today)).extracting(Message::body).containsExactly("Sent today");
        assertThat(conversations.ofDay(patient.id(), yesterday)).extracting(Message::body)
                .containsExactly("About yesterday", "Sent yesterday");
        assertThat(conversations.unreadFromMyPatients()).containsEntry(patient.id(), 3);
    }

    @Test
    void a_message_is_kept_as_sent_and_never_deleted() {
        data.signIn(patient);
        var message = conversations.send(patient.id(), "As written", null, null, null);

        assertThatThrownBy(() -> jdbc.update("update message set body = 'Changed' where id = ?", message.id()))
                .hasMessageContaining("not changed after it is sent");
        assertThatThrownBy(() -> jdbc.update("delete from message where id = ?", message.id()))
                .hasMessageContaining("never deleted");
        assertThat(jdbc.queryForObject("select body from message where id = ?", String.class, message.id()))
                .isEqualTo("As written");
    }

    @Test
    void sending_again_with_the_same_key_makes_no_second_message_and_bad_text_is_refused() {
        data.signIn(patient);
        var key = UUID.randomUUID();
        conversations.send(patient.id(), "Once", null, null, key);
        conversations.send(patient.id(), "Once", null, null, key);

        assertThat(conversations.page(patient.id(), null)).hasSize(1);
        assertThatThrownBy(() -> conversations.send(patient.id(), "   ", null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> conversations.send(patient.id(), "x".repeat(Message.BODY_MAX_LENGTH + 1), null,
                null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_note_after_a_session_becomes_a_message_about_that_day_once() {
        var today = LocalDate.now(clock);
        data.signIn(patient);
        days.checkIn(false, false);
        days.recordSession(today, 1, new SessionEntry(null, null, "Felt stiff in the morning."));
        days.recordSession(today, 1, new SessionEntry(null, null, "Felt stiff in the morning."));

        var messages = conversations.page(patient.id(), null);
        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("Felt stiff in the morning.");
            assertThat(message.aboutDay()).isEqualTo(today);
            assertThat(message.fromPatient()).isTrue();
        });
    }

    @Test
    void a_new_message_tells_the_other_side_without_its_text() {
        data.signIn(patient);
        conversations.send(patient.id(), "My arm feels numb since yesterday", null, null, null);

        assertThat(jdbc.queryForObject("""
                select subject || ' ' || body_text from outbox_message
                where recipient_id = ? and kind = 'MESSAGE'""", String.class, therapist.id()))
                .contains("a patient of yours wrote to you").doesNotContain("numb", patient.displayName());
    }

    @Test
    void an_answer_tells_the_patient_and_only_their_own_therapist_learns_a_patients_address() {
        data.signIn(therapist);
        conversations.send(patient.id(), "How did today go?", null, null, null);

        assertThat(jdbc.queryForObject("""
                select subject from outbox_message where recipient_id = ? and kind = 'MESSAGE'""", String.class,
                patient.id())).contains("your physiotherapist wrote to you");
        assertThat(careTeam.patient(patient.id())).isPresent();
        assertThat(careTeam.patient(data.patientOf(data.therapist()).id())).as("another therapist's patient")
                .isEmpty();
    }

    @Test
    void a_conversation_of_thousands_opens_with_the_same_few_statements_as_one_of_five() {
        jdbc.update("""
                insert into message (patient_id, author_id, from_patient, body, sent_at)
                select ?, ?, n % 2 = 0, 'Message ' || n, now() - make_interval(mins => 5000 - n)
                from generate_series(1, 5000) n""", patient.id(), patient.id());
        data.signIn(therapist);

        var counted = statements.measure(() -> conversations.page(patient.id(), null));

        assertThat(counted.result()).hasSize(Conversations.PAGE).first()
                .satisfies(newest -> assertThat(newest.body()).isEqualTo("Message 5000"));
        assertThat(counted.statements()).isLessThanOrEqualTo(4);
        var older = conversations.page(patient.id(), counted.result().getLast().id());
        assertThat(older.getFirst().body()).isEqualTo("Message 4970");
    }

    @Test
    void words_that_suggest_a_red_flag_are_found_in_plain_sentences_only_as_words() {
        assertThat(WarningWords.in("My fingers are NUMB this morning")).isTrue();
        assertThat(WarningWords.in("I can’t feel my left hand")).isTrue();
        assertThat(WarningWords.in("pins and needles in the arm")).isTrue();
        assertThat(WarningWords.in("The numbers on the timer are small")).isFalse();
        assertThat(WarningWords.in("All good today, a bit tired")).isFalse();
    }
}
