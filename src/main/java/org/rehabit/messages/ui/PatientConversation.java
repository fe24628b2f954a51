package org.rehabit.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.rehabit.base.ui.PatientPageSection;
import org.rehabit.messages.service.Conversations;
import org.springframework.core.annotation.Order;

/** On a patient's page, for their therapist: the conversation with the patient, and a reply. */
@SpringComponent
@Order(4)
class PatientConversation implements PatientPageSection {

    private final Conversations conversations;
    private final ConversationUpdates updates;

    PatientConversation(Conversations conversations, ConversationUpdates updates) {
        this.conversations = conversations;
        this.updates = updates;
    }

    @Override
    public Component create(long patientId) {
        var section = new Div();
        section.addClassName("patient-messages");
        section.add(new H3(section.getTranslation("messages.title")),
                new ConversationPanel(conversations, updates, patientId, false));
        return section;
    }
}
