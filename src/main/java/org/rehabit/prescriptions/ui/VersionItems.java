package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.rehabit.base.ui.Formats;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/** The exercises of one version, in order, with dose, note, catalog warnings and any recorded confirmation. */
class VersionItems extends OrderedList {

    VersionItems(VersionDetails version) {
        addClassName("version-items");
        var text = new RoutineText(this);
        version.items().forEach(item -> add(item(item, text)));
    }

    private ListItem item(ItemDetails item, RoutineText text) {
        var exercise = item.exercise();
        var name = new Span(exercise.name());
        name.addClassName("routine-item-name");
        var title = new Div(name, new Span(" "), text.statusBadge(exercise.status()));
        var entry = new ListItem(title);
        entry.addClassName("routine-item");
        if (exercise.kind() == ExerciseKind.EXERCISE) {
            entry.add(new Paragraph(text.dosage(item.prescription())));
        }
        if (item.prescription().note() != null) {
            entry.add(new Paragraph(getTranslation("routine.item.note-line", item.prescription().note())));
        }
        if (exercise.status() != CatalogStatus.RECOMMENDED) {
            var reason = new Paragraph(exercise.statusReason());
            reason.addClassName(exercise.toAvoid() ? "avoid-warning" : "caution-warning");
            entry.add(reason);
        }
        if (item.avoidConfirmedBy() != null) {
            entry.add(new Paragraph(getTranslation("routine.item.confirmed", item.avoidConfirmedBy(),
                    Formats.instant(item.avoidConfirmedAt(), getLocale(), ""))));
        }
        return entry;
    }
}
