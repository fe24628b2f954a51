package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.patients.service.PatientService;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.security.AppRoles;

/**
 * Changes a routine by adding a version that takes effect on a chosen date (today at the earliest); the versions
 * before it, and whatever the patient logged against them, stay as they were.
 */
@Route("routines/revise")
@RolesAllowed(AppRoles.THERAPIST)
class ReviseRoutineView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    /** The query parameter naming the exercise to select ({@code ?exercise=12}). */
    static final String EXERCISE = "exercise";

    private final PatientService patients;
    private final RoutineService routines;
    private final Clock clock;
    private final RoutineEditor editor;

    ReviseRoutineView(PatientService patients, RoutineService routines, CatalogService catalog, Clock clock) {
        this.patients = patients;
        this.routines = routines;
        this.clock = clock;
        this.editor = new RoutineEditor(catalog, routines.loadUnit(), "routine.effective-from");
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long routineId) {
        try {
            var routine = routines.get(routineId);
            var patient = patients.get(routine.patientId());
            var latest = routine.latest();
            var today = LocalDate.now(clock);
            var from = latest.effectiveFrom().isAfter(today) ? latest.effectiveFrom() : today;
            var save = new Button(getTranslation("routine.save-version"), click -> editor.save(draft -> {
                routines.revise(routineId, routine.version(), draft);
                getUI().ifPresent(ui -> ui.navigate(RoutineView.class, routineId));
            }));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new ViewHeader(getTranslation("routine.revise.title", latest.name()), save),
                    new Paragraph(getTranslation("routine.revise.intro", patient.account().displayName(),
                            latest.number() + 1)));
            if (patient.intake().redFlags() != null) {
                add(new RedFlagNotice(patient.intake().redFlags()));
            }
            editor.fill(latest.toDraft(from));
            add(editor);
            event.getLocation().getQueryParameters().getSingleParameter(EXERCISE).flatMap(ReviseRoutineView::id)
                    .ifPresent(editor::select);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private static Optional<Long> id(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("routine.revise");
    }
}
