package org.rehabit.messages.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.messages.service.Conversations;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/**
 * The patient's conversation with their physiotherapist, made for a phone; it says plainly that it is not for
 * emergencies.
 */
@Route("messages")
@Menu(title = "nav.messages", order = 13, icon = "vaadin:comments")
@RolesAllowed(AppRoles.PATIENT)
class MessagesView extends VerticalLayout implements HasDynamicTitle {

    MessagesView(Conversations conversations, CurrentUser currentUser) {
        setMaxWidth("40rem");
        var safety = new Paragraph(getTranslation("messages.not-emergency"));
        safety.addClassNames("notice", "messages-safety");
        add(new ViewHeader(getTranslation("messages.title")), safety,
                new ConversationPanel(conversations, currentUser.require().accountId(), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }
}
