package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.router.QueryParameters;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.AlertAction;
import org.rehabit.base.ui.Notifications;
import org.rehabit.prescriptions.service.RoutineService;
import org.springframework.core.annotation.Order;

/**
 * On each open alert: "Change the routine", which opens a new version of the routine in force with the exercise the
 * alert is about selected, in one step.
 */
@org.springframework.stereotype.Component
@Order(2)
class ChangeRoutineForAlert implements AlertAction {

    private final RoutineService routines;

    ChangeRoutineForAlert(RoutineService routines) {
        this.routines = routines;
    }

    @Override
    public Component create(OpenAlert alert) {
        var change = new Button();
        change.setText(change.getTranslation("routine.alert.change"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        change.addClassName("change-routine-for-alert");
        change.addClickListener(click -> {
            try {
                routines.routineToChange(alert.patientId(), alert.exerciseId()).ifPresentOrElse(
                        routineId -> change.getUI().ifPresent(ui -> ui.navigate(ReviseRoutineView.class, routineId,
                                alert.exerciseId() == null ? QueryParameters.empty()
                                        : QueryParameters.of(ReviseRoutineView.EXERCISE,
                                                alert.exerciseId().toString()))),
                        () -> Notifications.info(change.getTranslation("routine.alert.none")));
            } catch (RecordNotFoundException e) {
                // the patient moved to another therapist since the page was opened
                Notifications.info(change.getTranslation("routine.alert.none"));
            }
        });
        return change;
    }
}
