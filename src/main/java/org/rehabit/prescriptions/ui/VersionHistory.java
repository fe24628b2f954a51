package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.rehabit.base.ui.Formats;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/** Every version, newest first: when it took effect, who made it, what changed, and (folded) its exercises. */
class VersionHistory extends Div {

    VersionHistory(RoutineDetails routine) {
        addClassName("version-history");
        var text = new RoutineText(this);
        routine.versions().reversed().forEach(version -> add(entry(version, text)));
    }

    private Div entry(VersionDetails version, RoutineText text) {
        var entry = new Div();
        entry.addClassName("version-entry");
        entry.add(new Paragraph(getTranslation("routine.version-line", version.number(),
                text.date(version.effectiveFrom()), version.createdBy(),
                Formats.instant(version.createdAt(), getLocale(), ""))));
        if (version.number() == 1) {
            entry.add(new Paragraph(getTranslation("routine.first-version")));
        } else if (version.changes().isEmpty()) {
            entry.add(new Paragraph(getTranslation("routine.no-changes")));
        } else {
            var changes = new UnorderedList();
            version.changes().forEach(change -> changes.add(new ListItem(text.change(change))));
            entry.add(changes);
        }
        entry.add(new Details(getTranslation("routine.version-exercises", version.items().size()),
                new VersionItems(version)));
        return entry;
    }
}
