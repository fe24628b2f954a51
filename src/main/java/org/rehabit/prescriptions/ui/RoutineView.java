package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.DownloadLink;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.patients.ui.PatientsNavigation;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.TemplateService;
import org.rehabit.security.AppRoles;

/** A routine as the therapist sees it: the version in force, the version history with what changed, the handout. */
@Route("routines/routine")
@RolesAllowed(AppRoles.THERAPIST)
class RoutineView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RoutineService routines;
    private final TemplateService templates;
    private RoutineDetails routine;

    RoutineView(RoutineService routines, TemplateService templates) {
        this.routines = routines;
        this.templates = templates;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long routineId) {
        try {
            routine = routines.get(routineId);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var text = new RoutineText(this);
        var locale = getLocale();
        var current = routine.current();
        var revise = new Button(getTranslation("routine.revise"), VaadinIcon.EDIT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ReviseRoutineView.class, routineId)));
        revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var saveAsTemplate = new Button(getTranslation("routine.save-as-template"),
                click -> new SaveTemplateDialog(current.name(), name -> templates.saveAs(routineId, name)).open());
        add(new ViewHeader(current.name(), revise, saveAsTemplate, DownloadLink.of(getTranslation("routine.handout"),
                "routine-" + routineId + ".pdf", "application/pdf", () -> routines.handout(routineId, locale))),
                new Paragraph(getTranslation("routine.summary-line", routine.patientName(),
                        text.schedule(current.schedule()), text.date(routine.versions().getFirst().effectiveFrom()),
                        text.date(current.endDate()))),
                text.state(routine.state()));
        var patientLink = PatientsNavigation.patientPage(
                getTranslation("routine.back-to-patient", routine.patientName()), routine.patientId());
        add(patientLink);
        if (routine.latest() != current) {
            add(new Paragraph(getTranslation("routine.upcoming-version", routine.latest().number(),
                    text.date(routine.latest().effectiveFrom()))));
        }
        add(new H2(getTranslation("routine.current-version", current.number(), text.date(current.effectiveFrom()))),
                new VersionItems(current), new H2(getTranslation("routine.history")), new VersionHistory(routine));
    }

    @Override
    public String getPageTitle() {
        return routine == null ? "" : routine.current().name();
    }
}
