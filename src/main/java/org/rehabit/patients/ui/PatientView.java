package org.rehabit.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.PatientPageSection;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.patients.service.PatientDetails;
import org.rehabit.patients.service.PatientService;
import org.rehabit.security.AppRoles;

/** One of the therapist's patients: account status, intake notes (editable) and, while invited, a new link. */
@Route("patients/patient")
@RolesAllowed(AppRoles.THERAPIST)
class PatientView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PatientService patients;
    private final List<PatientPageSection> sections;
    private final IntakeForm intake = new IntakeForm();
    private PatientDetails patient;

    PatientView(PatientService patients, List<PatientPageSection> sections) {
        this.patients = patients;
        this.sections = sections;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        try {
            patient = patients.get(id);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var account = patient.account();
        var actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        if (account.invited()) {
            actions.add(new Button(getTranslation("patients.link.new"), click -> new ActivationLinkDialog(
                    account.displayName(), account.username(), patients.newActivationLink(id)).open()));
        }
        var save = new Button(getTranslation("patients.intake.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        intake.fill(patient.intake());
        add(new ViewHeader(account.displayName(), actions),
                new Paragraph(getTranslation("patients.account-line", account.username(), account.email(),
                        getTranslation(account.invited() ? "patients.status.invited" : "patients.status.active"),
                        Formats.instant(account.lastLoginAt(), getLocale(), getTranslation("never")))),
                new H2(getTranslation("patients.intake")), intake);
        sections.forEach(section -> add(section.create(id)));
    }

    private void save() {
        try {
            if (intake.submit(() -> patients.updateIntake(patient.account().id(), patient.intakeVersion(),
                    intake.intake()))) {
                patient = patients.get(patient.account().id());
                Notifications.success(getTranslation("patients.intake.saved"));
            }
        } catch (ConcurrentEditException e) {
            Notifications.error(getTranslation("error.conflict"));
        }
    }

    @Override
    public String getPageTitle() {
        return patient == null ? "" : patient.account().displayName();
    }
}
