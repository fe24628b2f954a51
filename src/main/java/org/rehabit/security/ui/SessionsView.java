package org.rehabit.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.service.AccountSessions;

/** Every user: where they are signed in (device, address, last use), and signing out there. */
@Route("account/sessions")
@Menu(title = "nav.sessions", order = 97, icon = "vaadin:laptop")
@PermitAll
class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountSessions sessions;
    private final Div list = new Div();

    SessionsView(AccountSessions sessions) {
        this.sessions = sessions;
        var others = new Button(getTranslation("sessions.end-others"), click -> {
            Notifications.success(getTranslation("sessions.ended-others", sessions.endOthers()));
            show();
        });
        others.addThemeVariants(ButtonVariant.LUMO_ERROR);
        list.addClassName("session-list");
        add(new ViewHeader(getTranslation("sessions.title"), others), new Paragraph(getTranslation("sessions.intro")),
                list);
        show();
    }

    private void show() {
        list.removeAll();
        sessions.mine().forEach(line -> list.add(card(line)));
    }

    private Component card(AccountSessions.Line line) {
        var session = line.session();
        var device = new Span(session.device());
        device.addClassName("session-device");
        var card = new Div(device);
        if (line.current()) {
            var here = new Span(getTranslation("sessions.this-device"));
            here.getElement().getThemeList().add("badge success");
            card.add(here);
        }
        var details = new Paragraph(
                getTranslation("sessions.details", session.address() == null ? "" : session.address(),
                        Formats.instant(session.signedInAt(), getLocale(), ""),
                        Formats.instant(session.lastUsedAt(), getLocale(), "")));
        card.add(details);
        if (!line.current()) {
            var end = new Button(getTranslation("sessions.end"), click -> {
                try {
                    sessions.end(session.id());
                    Notifications.success(getTranslation("sessions.ended"));
                } catch (RecordNotFoundException e) {
                    // it ended meanwhile (signed out there, timed out): the list says so by leaving it out
                    Notifications.info(getTranslation("sessions.already-ended"));
                }
                show();
            });
            end.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(end);
        }
        card.addClassName("session-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }
}
