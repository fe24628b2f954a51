package org.rehabit.alerts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rehabit.alerts.domain.AlertKind;
import org.rehabit.base.ui.Formats;

/** One alert in a line: its kind, styled by kind, the day and the detail in words; callers add the rest. */
public class AlertLine extends Div {

    /** {@code about} (for example a link to the patient) stands between the kind and the day. */
    public AlertLine(AlertKind kind, LocalDate day, String detail, Component... about) {
        var kindText = new Span(getTranslation("alerts.kind." + kind.name()));
        kindText.addClassName("alert-kind");
        add(kindText);
        add(about);
        add(new Span(Formats.date(day, getLocale(), "")), new Span(detail(kind, detail)));
        addClassNames("alert-line", "alert-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** An alert's detail in words: red flags name the answers; the others carry their figures. */
    private String detail(AlertKind kind, String detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case RED_FLAG -> Arrays.stream(detail.split(","))
                    .map(answer -> getTranslation("alerts.answer." + answer)).collect(Collectors.joining("; "));
            case MISSED_DAYS -> getTranslation("alerts.missed", Integer.parseInt(detail));
            case NO_ACTIVITY -> getTranslation("alerts.idle-since", detail);
            case PAIN_TREND -> getTranslation("alerts.trend", detail);
            case PAIN_STOP -> detail;
        };
    }
}
