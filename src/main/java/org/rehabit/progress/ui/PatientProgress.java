package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.alerts.ui.AlertsPanel;
import org.rehabit.base.ui.AlertAction;
import org.rehabit.base.ui.PatientPageSection;
import org.springframework.core.annotation.Order;

/** On a patient's page: the way to their progress, and their alerts to act on. */
@org.springframework.stereotype.Component
@Order(5)
class PatientProgress implements PatientPageSection {

    private final AlertService alerts;
    private final List<AlertAction> alertActions;

    PatientProgress(AlertService alerts, List<AlertAction> alertActions) {
        this.alerts = alerts;
        this.alertActions = alertActions;
    }

    @Override
    public Component create(long patientId) {
        var panel = new AlertsPanel(alerts, patientId, alertActions);
        var link = new RouterLink(panel.getTranslation("progress.open"), ProgressView.class, patientId);
        link.addClassName("progress-link");
        return new Div(link, panel);
    }
}
