package org.rehabit.progress.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.alerts.ui.AlertsPanel;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.AlertAction;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.patients.ui.PatientsNavigation;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.security.AppRoles;

/** A therapist's look at one patient's progress, with the patient's alerts to act on. */
@Route("progress")
@RolesAllowed(AppRoles.THERAPIST)
class ProgressView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProgressService progress;
    private final AlertService alerts;
    private final List<AlertAction> alertActions;
    private final PatientAccess access;
    private final Clock clock;
    private String title = "";

    ProgressView(ProgressService progress, AlertService alerts, List<AlertAction> alertActions, PatientAccess access,
            Clock clock) {
        this.progress = progress;
        this.alertActions = alertActions;
        this.alerts = alerts;
        this.access = access;
        this.clock = clock;
        addClassName("progress-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long patientId) {
        String name;
        try {
            name = access.myPatient(patientId).displayName();
        } catch (RecordNotFoundException e) {
            throw new NotFoundException("No patient " + patientId);
        }
        title = getTranslation("progress.title-of", name);
        removeAll();
        var toPatient = PatientsNavigation.patientPage(getTranslation("progress.to-patient"), patientId);
        add(new ViewHeader(title), new Div(toPatient));
        add(new AlertsPanel(alerts, patientId, alertActions), new SuggestionsPanel(progress, patientId));
        add(new ProgressPanel(LocalDate.now(clock), (from, to) -> progress.progress(patientId, from, to),
                day -> PatientDayView.link(Formats.date(day, getLocale(), ""), patientId, day)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
