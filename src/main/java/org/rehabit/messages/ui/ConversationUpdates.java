package org.rehabit.messages.ui;

import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.rehabit.messages.service.MessageSent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the conversations open on this node, through Vaadin push, that a message was sent in them, once it is
 * committed. The page only learns that there is something new; it loads the message itself when its user asks, with
 * their own rights, so nothing is read on anyone's behalf.
 */
@Component
class ConversationUpdates {

    private final Map<Long, Set<ConversationPanel>> open = new ConcurrentHashMap<>();

    /** While registered, the panel hears of new messages in the patient's conversation. */
    Registration watch(long patientId, ConversationPanel panel) {
        open.computeIfAbsent(patientId, id -> ConcurrentHashMap.newKeySet()).add(panel);
        return () -> open.computeIfPresent(patientId, (id, panels) -> {
            panels.remove(panel);
            return panels.isEmpty() ? null : panels;
        });
    }

    /**
     * Runs in the sender's thread, often with the receiving page's session taken there and then: {@code arrived}
     * only shows a button, and must never call a service (it would run with the sender's rights).
     */
    @TransactionalEventListener
    void on(MessageSent sent) {
        open.getOrDefault(sent.patientId(), Set.of())
                .forEach(panel -> panel.getUI().ifPresent(ui -> ui.access(() -> panel.arrived(sent))));
    }
}
