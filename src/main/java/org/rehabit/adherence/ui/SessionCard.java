package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableFunction;
import org.rehabit.adherence.domain.SessionRecord;
import org.rehabit.adherence.service.SessionEntry;

/** Pain before or after a session, and the note to the therapist, saved as entered. */
class SessionCard extends Composite<Div> {

    enum Part { BEFORE, AFTER }

    /**
     * @param save saves an entry; null when the day can no longer be changed, or when it refused the entry
     */
    SessionCard(Part part, SessionRecord session, SerializableFunction<SessionEntry, SessionRecord> save) {
        var card = getContent();
        card.addClassName("session-card");
        card.addClassName("session-" + part.name().toLowerCase());
        var saved = new Span();
        saved.addClassName("saved");
        var readOnly = save == null;
        if (part == Part.BEFORE) {
            var pain = new PainField(getTranslation("session.pain-before"),
                    score -> saved(saved, save.apply(new SessionEntry(score, null, null)), "today.saved"));
            pain.show(session == null ? null : session.painBefore());
            pain.setReadOnly(readOnly);
            card.add(pain, saved);
            return;
        }
        var pain = new PainField(getTranslation("session.pain-after"),
                score -> saved(saved, save.apply(new SessionEntry(null, score, null)), "today.saved"));
        pain.show(session == null ? null : session.painAfter());
        pain.setReadOnly(readOnly);
        var note = new TextArea(getTranslation("session.note"));
        note.setMaxLength(SessionRecord.NOTE_MAX_LENGTH);
        note.setWidthFull();
        note.setValue(session == null || session.note() == null ? "" : session.note());
        note.setReadOnly(readOnly);
        var send = new Button(getTranslation("session.save-note"),
                click -> saved(saved, save.apply(new SessionEntry(null, null, note.getValue())), "session.note-saved"));
        send.setVisible(!readOnly);
        card.add(pain, note, send, saved);
    }

    private boolean saved(Span saved, SessionRecord session, String messageKey) {
        if (session == null) {
            return false;
        }
        saved.setText(getTranslation(messageKey));
        return true;
    }
}
