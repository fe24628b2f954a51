package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import org.rehabit.base.ui.Formats;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.service.DosageText;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.domain.StopRule;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.prescriptions.service.VersionChange;

/** Routine values in the user's language: schedules, doses, dates, states, badges and version changes. */
final class RoutineText {

    private final Component owner;

    RoutineText(Component owner) {
        this.owner = owner;
    }

    String schedule(Schedule schedule) {
        return PrescriptionText.schedule(schedule, owner::getTranslation);
    }

    String dosage(PrescribedExercise prescription) {
        return PrescriptionText.dosage(prescription, owner::getTranslation);
    }

    String date(LocalDate date) {
        return Formats.date(date, locale(), owner.getTranslation("routine.no-end"));
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.getDefault() : ui.getLocale();
    }

    Span state(RoutineState state) {
        var badge = new Span(owner.getTranslation("routine.state." + state.name()));
        badge.getElement().getThemeList().add(switch (state) {
            case ACTIVE -> "badge success";
            case UPCOMING -> "badge";
            case ENDED -> "badge contrast";
        });
        return badge;
    }

    Span statusBadge(CatalogStatus status) {
        var badge = new Span(owner.getTranslation("catalog.CatalogStatus." + status.name()));
        badge.getElement().getThemeList().add(switch (status) {
            case RECOMMENDED -> "badge success";
            case CAUTION -> "badge warning";
            case AVOID -> "badge error primary";
        });
        return badge;
    }

    /** One line of a version's "what changed", for example "Half crunch: 10 reps → 12 reps". */
    String change(VersionChange change) {
        return owner.getTranslation("routine.change." + change.kind().name(), change.exercise(),
                value(change.before()), value(change.after()));
    }

    private String value(Object value) {
        return switch (value) {
            case null -> owner.getTranslation("routine.change.none");
            case Dosage dosage when dosage.isEmpty() -> owner.getTranslation("routine.change.none");
            case Dosage dosage -> DosageText.describe(dosage, owner::getTranslation);
            case Schedule schedule -> schedule(schedule);
            case LocalDate date -> date(date);
            case Integer seconds -> owner.getTranslation("routine.change.seconds", seconds);
            case PrescribedExercise prescription -> PrescriptionText.dosage(prescription, owner::getTranslation);
            case Load load -> PrescriptionText.load(load) + " "
                    + owner.getTranslation("load.unit." + load.unit().name());
            case StopRule rule -> owner.getTranslation("routine.change.stop-rule", rule.stopAt(), rule.stopRise());
            default -> value.toString();
        };
    }
}
