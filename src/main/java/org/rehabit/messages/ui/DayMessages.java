package org.rehabit.messages.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.rehabit.messages.service.Conversations;

/**
 * For staff: the messages of a patient's conversation about a day (or about no day and sent on it), as the
 * conversation shows them.
 */
public class DayMessages extends Composite<Div> {

    public DayMessages(Conversations conversations, long patientId, LocalDate day) {
        getContent().addClassNames("conversation", "day-messages");
        var messages = conversations.ofDay(patientId, day);
        if (messages.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("messages.none-that-day")));
        }
        var thread = new Div();
        thread.addClassName("message-thread");
        messages.forEach(message -> thread.add(new MessageBubble(message, false)));
        getContent().add(thread);
    }
}
