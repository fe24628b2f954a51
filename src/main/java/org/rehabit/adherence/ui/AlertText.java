package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.AlertKind;

/** An alert's detail in words: red flags name the answers; the others carry their figures. */
final class AlertText {

    private AlertText() {
    }

    static String detail(Component in, AlertKind kind, String detail) {
        if (detail == null || detail.isEmpty()) {
            return "";
        }
        return switch (kind) {
            case RED_FLAG -> Arrays.stream(detail.split(","))
                    .map(answer -> in.getTranslation("alerts.answer." + answer)).collect(Collectors.joining("; "));
            case MISSED_DAYS -> in.getTranslation("alerts.missed", Integer.parseInt(detail));
            case NO_ACTIVITY -> in.getTranslation("alerts.idle-since", detail);
            case PAIN_TREND -> in.getTranslation("alerts.trend", detail);
            case PAIN_STOP -> detail;
        };
    }
}
