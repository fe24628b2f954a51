package org.rehabit.messages.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.clinic.ui.ClinicContact;
import org.rehabit.messages.service.Conversations;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/**
 * The patient's conversation with their physiotherapist, made for a phone; it says plainly that it is not for
 * emergencies.
 */
@Route(MessagesView.ROUTE)
@Menu(title = "nav.messages", order = 13, icon = "vaadin:comments")
@RolesAllowed(AppRoles.PATIENT)
class MessagesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Query parameters that start a message about an exercise of the catalog and a day ("ask about this"). */
    static final String ROUTE = "messages";
    static final String EXERCISE = "exercise";
    static final String DAY = "day";

    private final ConversationPanel conversation;

    MessagesView(Conversations conversations, ConversationUpdates updates, ClinicService clinic,
            CurrentUser currentUser) {
        setMaxWidth("40rem");
        var safety = new Paragraph(getTranslation("messages.not-emergency"));
        safety.addClassNames("notice", "messages-safety");
        conversation = new ConversationPanel(conversations, updates, currentUser.require().accountId(), true);
        add(new ViewHeader(getTranslation("messages.title")), safety, new ClinicContact(clinic), conversation);
    }

    /** An exercise and a day in the address make the next message about them; what does not parse is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var exercise = parameters.getSingleParameter(EXERCISE).flatMap(MessagesView::number);
        var day = parameters.getSingleParameter(DAY).flatMap(MessagesView::date);
        conversation.about(exercise.orElse(null), day.orElse(null));
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messages.title");
    }
}
