package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.PainScale;
import org.rehabit.alerts.domain.CaseloadAlert;
import org.rehabit.alerts.domain.PainTrend;
import org.rehabit.alerts.ui.AlertLine;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ProgressChart;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.messages.service.Conversations;
import org.rehabit.patients.ui.PatientsNavigation;
import org.rehabit.progress.domain.CaseloadFigures;
import org.rehabit.progress.service.CaseloadRow;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.security.AppRoles;

/**
 * The therapist's home: every patient with adherence over 7 and 30 days, the pain trend, the last activity and
 * open alerts, those needing attention first; and the open alerts, each opening its patient.
 */
@Route("dashboard")
@Menu(title = "nav.dashboard", order = 5, icon = "vaadin:dashboard")
@RolesAllowed(AppRoles.THERAPIST)
class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Clock clock;

    private final Map<Long, Integer> unread;

    DashboardView(ProgressService progress, Conversations conversations, Clock clock) {
        this.clock = clock;
        this.unread = conversations.unreadFromMyPatients();
        addClassName("dashboard-view");
        var caseload = progress.caseload();
        var rows = caseload.patients();
        var alerts = caseload.openAlerts();
        add(new ViewHeader(getTranslation("dashboard.title")));
        add(new H2(getTranslation("dashboard.alerts", alerts.size())));
        if (alerts.isEmpty()) {
            add(new Paragraph(getTranslation("dashboard.no-alerts")));
        }
        var alertList = new Div();
        alertList.addClassName("dashboard-alerts");
        alerts.forEach(alert -> alertList.add(alert(alert)));
        add(alertList);

        add(new H2(getTranslation("dashboard.patients")));
        var search = new TextField();
        search.setPlaceholder(getTranslation("dashboard.search"));
        search.setAriaLabel(getTranslation("dashboard.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        var attention = new Checkbox(getTranslation("dashboard.needs-attention-only"));
        var unreadOnly = new Checkbox(getTranslation("dashboard.unread-only"));
        var filters = new Div(search, attention, unreadOnly);
        filters.addClassName("dashboard-filters");
        var grid = grid();
        grid.setItems(rows);
        Runnable filter = () -> grid.setItems(rows.stream()
                .filter(row -> !attention.getValue() || row.needsAttention())
                .filter(row -> !unreadOnly.getValue() || unread(row) > 0)
                .filter(row -> row.figures().name().toLowerCase(Locale.ROOT)
                        .contains(search.getValue().strip().toLowerCase(Locale.ROOT)))
                .toList());
        search.addValueChangeListener(change -> filter.run());
        attention.addValueChangeListener(change -> filter.run());
        unreadOnly.addValueChangeListener(change -> filter.run());
        add(filters, grid);
    }

    private Grid<CaseloadRow> grid() {
        var grid = new Grid<CaseloadRow>();
        grid.addComponentColumn(this::name).setHeader(getTranslation("caseload.name"))
                .setComparator(Comparator.comparing(row -> row.figures().name(), String.CASE_INSENSITIVE_ORDER))
                .setFlexGrow(2).setWidth("11rem");
        var shortTerm = grid.addColumn(row -> percent(row.figures().last7()))
                .setHeader(getTranslation("dashboard.days", CaseloadFigures.SHORT_DAYS))
                .setComparator(Comparator.comparingDouble(row -> row.figures().last7().ratio().orElse(-1)))
                .setAutoWidth(true);
        var longTerm = grid.addColumn(row -> percent(row.figures().last30()))
                .setHeader(getTranslation("dashboard.days", CaseloadFigures.LONG_DAYS))
                .setComparator(Comparator.comparingDouble(row -> row.figures().last30().ratio().orElse(-1)))
                .setAutoWidth(true);
        grid.addComponentColumn(this::trend).setHeader(getTranslation("dashboard.pain-trend", PainTrend.SPAN_DAYS))
                .setComparator(Comparator.comparingDouble(row -> row.figures().painTrend().map(PainTrend::change)
                        .orElse(-99.0)))
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(row -> Formats.date(row.figures().lastActive(), getLocale(), getTranslation("never")))
                .setHeader(getTranslation("dashboard.last-activity"))
                .setComparator(Comparator.comparing(row -> row.figures().lastActive(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(CaseloadRow::openAlerts).setHeader(getTranslation("dashboard.open-alerts"))
                .setComparator(Comparator.comparingInt(CaseloadRow::openAlerts)).setAutoWidth(true);
        grid.addComponentColumn(this::messages).setHeader(getTranslation("dashboard.unread"))
                .setComparator(Comparator.comparingInt(this::unread)).setAutoWidth(true);
        // "Adherence" over its two periods, so that every column fits beside the pain trend
        grid.prependHeaderRow().join(shortTerm, longTerm).setText(getTranslation("dashboard.adherence"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("caseload.empty"));
        grid.setPartNameGenerator(row -> row.needsAttention() ? "attention" : null);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private int unread(CaseloadRow row) {
        return unread.getOrDefault(row.figures().patientId(), 0);
    }

    /** Unread messages from the patient, leading to their page, where the conversation is. */
    private Component messages(CaseloadRow row) {
        var count = unread(row);
        if (count == 0) {
            return new Span();
        }
        var link = PatientsNavigation.patientPage(getTranslation("dashboard.unread-count", count),
                row.figures().patientId());
        link.addClassName("unread-messages");
        return link;
    }

    private Component name(CaseloadRow row) {
        var link = new RouterLink(row.figures().name(), ProgressView.class, row.figures().patientId());
        var cell = new Div(link);
        if (row.needsAttention()) {
            var badge = new Span(getTranslation("dashboard.needs-attention"));
            badge.getElement().getThemeList().add("badge error small");
            cell.add(badge);
        }
        if (row.figures().suggestions() > 0) {
            var badge = new Span(getTranslation("dashboard.suggestions", row.figures().suggestions()));
            badge.getElement().getThemeList().add("badge contrast small");
            badge.addClassName("suggestions");
            cell.add(badge);
        }
        cell.addClassName("patient-cell");
        return cell;
    }

    /** The pain after each day of the trend's span as a small line, and the change in words. */
    private Component trend(CaseloadRow row) {
        var figures = row.figures();
        var yesterday = LocalDate.now(clock).minusDays(1);
        var labels = new ArrayList<String>();
        var values = new ArrayList<Integer>();
        for (var day = PainTrend.previousFrom(yesterday); !day.isAfter(yesterday); day = day.plusDays(1)) {
            var date = day;
            labels.add(Formats.date(day, getLocale(), ""));
            values.add(figures.painAfter().stream().filter(p -> p.day().equals(date)).map(p -> p.pain())
                    .findFirst().orElse(null));
        }
        var cell = new Div(new Span(trendText(figures)));
        cell.addClassName("trend-cell");
        if (figures.painAfter().size() > 1) {
            var chart = ProgressChart.sparkline(
                    getTranslation("dashboard.trend-chart", figures.name(), PainTrend.SPAN_DAYS), labels,
                    new ProgressChart.Series(getTranslation("progress.pain-after"), values, ProgressChart.ERROR),
                    PainScale.MIN, PainScale.MAX);
            chart.addClassName("sparkline");
            cell.add(chart);
        }
        return cell;
    }

    private String trendText(CaseloadFigures figures) {
        return figures.painTrend().map(trend -> getTranslation("dashboard.trend",
                String.format(getLocale(), "%.1f", trend.recent()),
                String.format(getLocale(), "%+.1f", trend.change())))
                .orElse(getTranslation("dashboard.no-trend"));
    }

    private Component alert(CaseloadAlert alert) {
        var link = new RouterLink(alert.patientName(), ProgressView.class, alert.patientId());
        var line = new AlertLine(alert.kind(), alert.day(), alert.detail(), link);
        if (alert.acknowledged()) {
            line.add(new Span(getTranslation("alerts.acknowledged")));
        }
        return line;
    }

    private String percent(Adherence adherence) {
        return adherence.ratio().isPresent()
                ? getTranslation("dashboard.percent", Math.round(adherence.ratio().getAsDouble() * 100)) : "–";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
