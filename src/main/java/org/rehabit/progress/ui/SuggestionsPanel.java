package org.rehabit.progress.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.rehabit.adherence.domain.Progression;
import org.rehabit.adherence.domain.Progression.Direction;
import org.rehabit.base.ui.Notifications;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.progress.service.ProgressService;

/**
 * A patient's progression suggestions on their progress page: each exercise's step up or down, why, and "Accept",
 * which makes a new version of the routine in one step. Nothing changes until the therapist accepts.
 */
class SuggestionsPanel extends Composite<Div> {

    private final ProgressService progress;
    private final long patientId;

    SuggestionsPanel(ProgressService progress, long patientId) {
        this.progress = progress;
        this.patientId = patientId;
        getContent().addClassName("suggestions-panel");
        render();
    }

    private void render() {
        var panel = getContent();
        panel.removeAll();
        var suggestions = progress.suggestions(patientId);
        panel.setVisible(!suggestions.isEmpty());
        panel.add(new H2(getTranslation("suggestions.title")));
        suggestions.forEach(suggestion -> panel.add(line(suggestion)));
    }

    private Div line(Progression.Suggestion suggestion) {
        var up = suggestion.direction() == Direction.UP;
        var badge = new Span(getTranslation("suggestions.direction." + suggestion.direction().name()));
        badge.getElement().getThemeList().add(up ? "badge success" : "badge warning");
        var name = new Span(suggestion.exerciseName());
        name.addClassName("suggestion-exercise");
        var change = new Paragraph(getTranslation("suggestions.change",
                PrescriptionText.dosage(suggestion.now(), this::getTranslation),
                PrescriptionText.dosage(suggestion.proposed(), this::getTranslation)));
        var why = new Paragraph(getTranslation("suggestions.why." + suggestion.reason().name(), suggestion.times(),
                suggestion.occurrences(), Progression.WINDOW_DAYS));
        why.addClassName("suggestion-why");
        var accept = new Button(getTranslation("suggestions.accept"), click -> {
            if (progress.accept(patientId, suggestion.routineId(), suggestion.exerciseId(),
                    suggestion.direction())) {
                Notifications.success(getTranslation("suggestions.accepted", suggestion.exerciseName()));
            } else {
                Notifications.info(getTranslation("suggestions.gone"));
            }
            render();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var line = new Div(new Div(badge, new Span(" "), name), change, why, accept);
        line.addClassName("suggestion");
        return line;
    }
}
