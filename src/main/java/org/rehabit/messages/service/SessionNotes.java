package org.rehabit.messages.service;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.rehabit.adherence.service.SessionNoteWritten;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A note the patient writes for their physiotherapist after a session goes into their conversation as a message
 * about that day, in the transaction that saved it: nothing written for the therapist stays where no therapist looks.
 * The same note saved again makes no second message.
 */
@Component
@Transactional
class SessionNotes {

    private final Conversations conversations;

    SessionNotes(Conversations conversations) {
        this.conversations = conversations;
    }

    @EventListener
    void on(SessionNoteWritten note) {
        var key = UUID.nameUUIDFromBytes(("session-note:" + note.patientId() + ":" + note.day() + ":" + note.round()
                + ":" + note.note()).getBytes(StandardCharsets.UTF_8));
        conversations.send(note.patientId(), note.note(), note.day(), null, key);
    }
}
