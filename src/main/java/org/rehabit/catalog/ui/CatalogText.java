package org.rehabit.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.stream.Collectors;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.service.DosageText;

/** Catalog values in the user's language: enum labels, dosage in plain words, status badges. */
final class CatalogText {

    private final Component owner;

    CatalogText(Component owner) {
        this.owner = owner;
    }

    /** How long a video lasts: "6 s", "2 min", "1 min 35 s". */
    String length(java.time.Duration duration) {
        var minutes = duration.toMinutes();
        var seconds = duration.toSecondsPart();
        var form = minutes == 0 ? "seconds" : seconds == 0 ? "minutes" : "both";
        return owner.getTranslation("catalog.video.length." + form, minutes, seconds);
    }

    String label(Enum<?> value) {
        return value == null ? "" : owner.getTranslation("catalog." + value.getDeclaringClass().getSimpleName()
                + "." + value.name());
    }

    String labels(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(this::label).collect(Collectors.joining(", "));
    }

    String dosage(Dosage dosage) {
        return DosageText.describe(dosage, owner::getTranslation);
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
