package org.rehabit.adherence.ui;

import com.vaadin.flow.component.html.Anchor;
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
import org.rehabit.adherence.service.AlertService;
import org.rehabit.adherence.service.ProgressService;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.AppRoles;
import org.rehabit.security.service.AccountService;

/** A therapist's look at one patient's progress, with the patient's alerts to act on. */
@Route("progress")
@RolesAllowed(AppRoles.THERAPIST)
class ProgressView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProgressService progress;
    private final AlertService alerts;
    private final AccountService accounts;
    private final Clock clock;
    private String title = "";

    ProgressView(ProgressService progress, AlertService alerts, AccountService accounts, Clock clock) {
        this.progress = progress;
        this.alerts = alerts;
        this.accounts = accounts;
        this.clock = clock;
        addClassName("progress-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long patientId) {
        var patient = accounts.myPatient(patientId)
                .orElseThrow(() -> new NotFoundException("No patient " + patientId));
        title = getTranslation("progress.title-of", patient.displayName());
        removeAll();
        var toPatient = new Anchor("patients/patient/" + patientId, getTranslation("progress.to-patient"));
        add(new ViewHeader(title), new Div(toPatient));
        add(new AlertsPanel(alerts, patientId));
        add(new ProgressPanel(LocalDate.now(clock), (from, to) -> progress.progress(patientId, from, to)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
