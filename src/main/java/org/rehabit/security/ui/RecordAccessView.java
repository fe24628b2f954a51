package org.rehabit.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.AppRoles;
import org.rehabit.security.domain.AuditEntry;
import org.rehabit.security.service.AuditLog;

/** Patient: who at the clinic opened or changed their record, and when; made for the phone, loaded as scrolled. */
@Route("record-access")
@Menu(title = "nav.record-access", order = 12, icon = "vaadin:eye")
@RolesAllowed(AppRoles.PATIENT)
class RecordAccessView extends VerticalLayout implements HasDynamicTitle {

    RecordAccessView(AuditLog auditLog) {
        var list = new VirtualList<AuditEntry>();
        list.setRenderer(new ComponentRenderer<>(this::line));
        list.setDataProvider(DataProvider.fromCallbacks(
                page -> auditLog.othersOnMyRecord(page.getOffset(), page.getLimit()).stream(),
                page -> auditLog.countOthersOnMyRecord()));
        list.addClassName("record-access");
        var empty = new Paragraph(getTranslation("record-access.empty"));
        var any = auditLog.countOthersOnMyRecord() > 0;
        list.setVisible(any);
        empty.setVisible(!any);
        setSizeFull();
        add(new ViewHeader(getTranslation("record-access.title")),
                new Paragraph(getTranslation("record-access.intro")), empty, list);
        setFlexGrow(1, list);
    }

    private Div line(AuditEntry entry) {
        var who = new Span((entry.actorName() == null ? "" : entry.actorName() + " · ")
                + getTranslation("role." + entry.actorRole()));
        who.addClassName("record-access-who");
        var what = new Span(getTranslation("audit.action." + entry.action().name()) + " · "
                + Formats.instant(entry.occurredAt(), getLocale(), ""));
        what.addClassName("record-access-what");
        var line = new Div(who, what);
        line.addClassName("record-access-line");
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("record-access.title");
    }
}
