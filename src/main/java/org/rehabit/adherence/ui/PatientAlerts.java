package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.AlertKind;
import org.rehabit.adherence.domain.AlertRecord;
import org.rehabit.adherence.service.AlertService;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.PatientPageSection;
import org.springframework.core.annotation.Order;

/** The open alerts on a patient's page: red flags at the check-in and pain that met the stop rule. */
@org.springframework.stereotype.Component
@Order(5)
class PatientAlerts implements PatientPageSection {

    private final AlertService alerts;

    PatientAlerts(AlertService alerts) {
        this.alerts = alerts;
    }

    @Override
    public Component create(long patientId) {
        var section = new Div();
        section.addClassName("patient-alerts");
        section.add(new H2(section.getTranslation("alerts.title")));
        var open = alerts.openAlerts(patientId);
        if (open.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("alerts.none")));
        }
        for (var alert : open) {
            section.add(line(section, alert));
        }
        return section;
    }

    private static Div line(Div section, AlertRecord alert) {
        var kind = new Span(section.getTranslation("alerts.kind." + alert.kind().name()));
        kind.addClassName("alert-kind");
        var line = new Div(kind, new Span(Formats.date(alert.day(), UI.getCurrent().getLocale(), "")),
                new Span(detail(section, alert)));
        if (alert.times() > 1) {
            line.add(new Span(section.getTranslation("alerts.times", alert.times())));
        }
        line.addClassNames("alert-line", "alert-" + alert.kind().name().toLowerCase().replace('_', '-'));
        return line;
    }

    /** Red flags name the answers given; a pain alert names the exercise and the score. */
    private static String detail(Div section, AlertRecord alert) {
        if (alert.kind() != AlertKind.RED_FLAG || alert.detail() == null) {
            return alert.detail() == null ? "" : alert.detail();
        }
        return Arrays.stream(alert.detail().split(",")).map(answer -> section.getTranslation("alerts.answer." + answer))
                .collect(Collectors.joining("; "));
    }
}
