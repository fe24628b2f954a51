package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.rehabit.base.ui.DownloadLink;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.AppRoles;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.AuditChainCheck;
import org.rehabit.security.domain.AuditEntry;
import org.rehabit.security.domain.AuditQuery;
import org.rehabit.security.service.AuditLog;

/**
 * Admin: the audit trail, newest first, loaded as it is scrolled; filters by person, patient, action and dates; a
 * CSV of what the filters show; and the state of the hash chain.
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 91, icon = "vaadin:records")
@RolesAllowed(AppRoles.ADMIN)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final AuditLog auditLog;
    private final Clock clock;
    private final TextField person = new TextField();
    private final TextField patient = new TextField();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph chain = new Paragraph();

    AuditView(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
        var check = new Button(getTranslation("audit.check"), VaadinIcon.CHECK_CIRCLE_O.create(),
                click -> showChain(Optional.of(auditLog.checkChain())));
        check.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var export = DownloadLink.streamed(getTranslation("audit.export"), "audit-trail.csv", "text/csv",
                writer -> auditLog.export(query(), writer));

        filter(person, "audit.person");
        filter(patient, "audit.patient");
        action.setLabel(getTranslation("audit.action"));
        action.setPlaceholder(getTranslation("audit.all-actions"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(this::label);
        action.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        until.setLabel(getTranslation("audit.until"));
        from.setClearButtonVisible(true);
        until.setClearButtonVisible(true);
        from.setMax(LocalDate.now(clock));
        action.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        until.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        configureGrid();
        chain.addClassName("audit-chain");
        showChain(auditLog.lastCheck());
        var filters = new HorizontalLayout(person, patient, action, from, until);
        filters.setWrap(true);
        setSizeFull();
        add(new ViewHeader(getTranslation("audit.title"), check, export), chain, filters, grid);
        setFlexGrow(1, grid);
    }

    private void filter(TextField field, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid() {
        grid.addColumn(entry -> Formats.instant(entry.occurredAt(), getLocale(), ""))
                .setHeader(getTranslation("audit.time"));
        grid.addColumn(entry -> (entry.actorName() == null ? "" : entry.actorName() + " · ")
                + getTranslation("role." + entry.actorRole())).setHeader(getTranslation("audit.person"))
                .setFlexGrow(2);
        grid.addColumn(entry -> label(entry.action())).setHeader(getTranslation("audit.action")).setFlexGrow(2);
        grid.addColumn(entry -> entry.patientName() == null ? "" : entry.patientName())
                .setHeader(getTranslation("audit.patient")).setFlexGrow(2);
        grid.addColumn(entry -> entry.address() == null ? "" : entry.address())
                .setHeader(getTranslation("audit.address"));
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader(getTranslation("audit.detail"))
                .setFlexGrow(3);
        grid.getColumns().forEach(column -> column.setAutoWidth(true).setResizable(true));
        grid.setEmptyStateText(getTranslation("audit.empty"));
        // no count: the trail grows for years, and counting it for a scroll bar would be the slow part
        grid.setItems(page -> auditLog.find(query(), page.getOffset(), page.getLimit()).stream());
    }

    private AuditQuery query() {
        var zone = clock.getZone();
        return new AuditQuery(person.getValue(), patient.getValue(), action.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                until.getValue() == null ? null : until.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }

    private void showChain(Optional<AuditChainCheck> check) {
        chain.setText(check.map(last -> getTranslation(last.holds() ? "audit.check.holds" : "audit.check.broken",
                Formats.instant(last.checkedAt(), getLocale(), ""), last.holds() ? last.lastId() : last.firstBreak()))
                .orElse(getTranslation("audit.check.never")));
        chain.getElement().getThemeList().set("badge error", check.map(last -> !last.holds()).orElse(false));
    }

    private String label(AuditAction value) {
        return getTranslation("audit.action." + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
