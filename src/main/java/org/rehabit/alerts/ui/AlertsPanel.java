package org.rehabit.alerts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.rehabit.alerts.domain.AlertRecord;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.alerts.service.AlertService.AlertField;
import org.rehabit.base.ui.AlertAction;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.base.ui.Formats;

/**
 * A patient's alerts for their therapist: the open ones to acknowledge, resolve with a note or act on (write to the
 * patient), and the resolved ones as history. Features that show a patient to their therapist embed it.
 */
public class AlertsPanel extends Composite<Div> {

    private final AlertService alerts;
    private final long patientId;
    private final List<AlertAction> extraActions;

    /** {@code extraActions}: what other features offer on each open alert (writing to the patient). */
    public AlertsPanel(AlertService alerts, long patientId, List<AlertAction> extraActions) {
        this.alerts = alerts;
        this.patientId = patientId;
        this.extraActions = extraActions;
        getContent().addClassName("patient-alerts");
        render();
    }

    private void render() {
        var panel = getContent();
        panel.removeAll();
        panel.add(new H2(getTranslation("alerts.title")));
        var all = alerts.history(patientId);
        var open = all.stream().filter(AlertRecord::open).toList();
        if (open.isEmpty()) {
            panel.add(new Paragraph(getTranslation("alerts.none")));
        }
        open.forEach(alert -> panel.add(openAlert(alert)));
        var resolved = all.stream().filter(alert -> !alert.open()).toList();
        if (!resolved.isEmpty()) {
            var history = new Div();
            resolved.forEach(alert -> history.add(line(alert)));
            panel.add(new Details(getTranslation("alerts.history", resolved.size()), history));
        }
    }

    private Div openAlert(AlertRecord alert) {
        var line = line(alert);
        var note = new TextArea(getTranslation("alerts.note"));
        note.setMaxLength(AlertRecord.NOTE_MAX_LENGTH);
        note.setWidthFull();
        var errors = new FieldErrors(this).bind(AlertField.NOTE, note);
        var resolve = new Button(getTranslation("alerts.resolve"), click -> {
            if (errors.submit(() -> alerts.resolve(alert.id(), note.getValue()))) {
                render();
            }
        });
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div();
        actions.addClassName("alert-actions");
        if (alert.acknowledgedAt() == null) {
            actions.add(new Button(getTranslation("alerts.acknowledge"), click -> {
                alerts.acknowledge(alert.id());
                render();
            }));
        }
        actions.add(resolve);
        var about = new AlertAction.OpenAlert(patientId, alert.kind().name(), alert.day(), alert.exerciseId());
        extraActions.forEach(action -> actions.add(action.create(about)));
        line.add(note, actions);
        return line;
    }

    private Div line(AlertRecord alert) {
        var line = new AlertLine(alert.kind(), alert.day(), alert.detail());
        if (alert.times() > 1) {
            line.add(new Span(getTranslation("alerts.times", alert.times())));
        }
        if (alert.acknowledgedAt() != null && alert.open()) {
            line.add(new Span(getTranslation("alerts.acknowledged")));
        }
        if (!alert.open()) {
            line.add(new Span(getTranslation("alerts.resolved", Formats.instant(alert.resolvedAt(), getLocale(), ""),
                    alert.resolutionNote())));
            line.addClassName("resolved");
        }
        return line;
    }
}
