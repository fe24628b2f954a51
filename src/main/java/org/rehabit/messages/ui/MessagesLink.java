package org.rehabit.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import org.rehabit.base.ui.TodayLink;
import org.rehabit.messages.service.Conversations;
import org.springframework.core.annotation.Order;

/** On the patient's day: the way to their messages, saying when the physiotherapist wrote something new. */
@org.springframework.stereotype.Component
@Order(3)
class MessagesLink implements TodayLink {

    private final Conversations conversations;

    MessagesLink(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Component create() {
        var unread = conversations.unreadForMe();
        var link = new RouterLink("", MessagesView.class);
        link.setText(unread == 0 ? link.getTranslation("messages.today.none")
                : link.getTranslation("messages.today.unread", unread));
        link.addClassName(unread == 0 ? "messages-link" : "messages-link-unread");
        return link;
    }
}
