package org.rehabit.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.stream.Collectors;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;

/** Catalog values in the user's language: enum labels, dosage in plain words, status badges. */
final class CatalogText {

    private final Component owner;

    CatalogText(Component owner) {
        this.owner = owner;
    }

    String label(Enum<?> value) {
        return value == null ? "" : owner.getTranslation("catalog." + value.getDeclaringClass().getSimpleName()
                + "." + value.name());
    }

    String labels(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(this::label).collect(Collectors.joining(", "));
    }

    /** For example "2 sets, 10 reps, hold 5 s, each side" or "20 minutes". */
    String dosage(Dosage dosage) {
        var parts = new ArrayList<String>();
        if (dosage.minutes() != null) {
            parts.add(owner.getTranslation("dosage.minutes", dosage.minutes()));
        }
        if (dosage.sets() != null) {
            parts.add(owner.getTranslation("dosage.sets", dosage.sets()));
        }
        if (dosage.reps() != null) {
            parts.add(owner.getTranslation("dosage.reps", dosage.reps()));
        }
        if (dosage.holdSeconds() != null && dosage.holdSeconds() > 0) {
            parts.add(owner.getTranslation("dosage.hold", dosage.holdSeconds()));
        }
        if (dosage.side() != null) {
            parts.add(owner.getTranslation("dosage.side." + dosage.side().name()));
        }
        return String.join(", ", parts);
    }

    Span statusBadge(CatalogStatus status) {
        var badge = new Span(label(status));
        badge.getElement().getThemeList().add(switch (status) {
            case RECOMMENDED -> "badge success";
            case CAUTION -> "badge warning";
            case AVOID -> "badge error primary";
        });
        return badge;
    }
}
