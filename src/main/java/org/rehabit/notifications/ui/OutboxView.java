package org.rehabit.notifications.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.notifications.domain.OutboxMessage;
import org.rehabit.notifications.service.OutboxLog;
import org.rehabit.security.AppRoles;

/**
 * Admin: the e-mail the portal sent or is sending, and how it went. Without a mail server (a local run) this is the
 * dev outbox: each message opens to its full text, links included.
 */
@Route("admin/outbox")
@Menu(title = "nav.outbox", order = 92, icon = "vaadin:envelopes")
@RolesAllowed(AppRoles.ADMIN)
class OutboxView extends VerticalLayout implements HasDynamicTitle {

    OutboxView(OutboxLog outbox) {
        var devOutbox = outbox.isDevOutbox();
        var grid = new Grid<OutboxMessage>();
        grid.addColumn(message -> Formats.instant(message.createdAt(), getLocale(), ""))
                .setHeader(getTranslation("outbox.created"));
        grid.addColumn(message -> getTranslation("outbox.channel." + message.channel().name()))
                .setHeader(getTranslation("outbox.channel"));
        grid.addColumn(OutboxMessage::address).setHeader(getTranslation("outbox.to")).setFlexGrow(2);
        grid.addColumn(OutboxMessage::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(3);
        grid.addColumn(message -> getTranslation("outbox.status." + message.status().name()))
                .setHeader(getTranslation("outbox.status"));
        grid.addColumn(message -> message.lastError() == null ? "" : message.lastError())
                .setHeader(getTranslation("outbox.error")).setFlexGrow(2);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setEmptyStateText(getTranslation("outbox.empty"));
        grid.setItems(page -> outbox.newest(page.getOffset(), page.getLimit()).stream());
        if (devOutbox) {
            grid.setItemDetailsRenderer(new ComponentRenderer<>(message -> {
                var text = new Pre(message.bodyText());
                text.addClassName("outbox-text");
                return text;
            }));
        }
        setSizeFull();
        add(new ViewHeader(getTranslation("outbox.title")),
                new Paragraph(getTranslation(devOutbox ? "outbox.dev" : "outbox.smtp")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
