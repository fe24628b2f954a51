package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.patients.service.PatientService;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.TemplateService;
import org.rehabit.security.AppRoles;

/** Builds a new routine for one of the therapist's patients, blank or from a template ({@code ?template=id}). */
@Route("routines/new")
@RolesAllowed(AppRoles.THERAPIST)
class NewRoutineView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final PatientService patients;
    private final RoutineService routines;
    private final TemplateService templates;
    private final Clock clock;
    private final RoutineEditor editor;

    NewRoutineView(PatientService patients, RoutineService routines, TemplateService templates,
            CatalogService catalog, Clock clock) {
        this.patients = patients;
        this.routines = routines;
        this.templates = templates;
        this.clock = clock;
        this.editor = new RoutineEditor(catalog, routines.loadUnit(), "routine.start");
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long patientId) {
        var today = LocalDate.now(clock);
        var template = event.getLocation().getQueryParameters().getSingleParameter("template");
        try {
            var patient = patients.get(patientId);
            var draft = template.isPresent() ? templates.start(Long.parseLong(template.get()), today)
                    : new RoutineDraft("", today, null, Schedule.everyDay(), List.of());
            var save = new Button(getTranslation("routine.save"), click -> editor.save(routine -> {
                var id = routines.create(patientId, routine);
                getUI().ifPresent(ui -> ui.navigate(RoutineView.class, id));
            }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new ViewHeader(getTranslation("routine.new.title", patient.account().displayName()), save));
            if (patient.intake().redFlags() != null) {
                add(new RedFlagNotice(patient.intake().redFlags()));
            }
            editor.fill(draft);
            add(editor);
        } catch (RecordNotFoundException | NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routine.new");
    }
}
