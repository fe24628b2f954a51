package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.stream.IntStream;
import org.rehabit.adherence.domain.PainScale;

/** A pain score on the Numeric Rating Scale: 0 (no pain) to 10 (worst pain imaginable), one tap. */
class PainField extends Composite<Div> {

    private final ChoiceChips<Integer> scores;

    PainField(String label, SerializablePredicate<Integer> picked) {
        scores = new ChoiceChips<>(label, IntStream.rangeClosed(PainScale.MIN, PainScale.MAX).boxed().toList(),
                String::valueOf, picked);
        scores.addClassName("pain-scores");
        var heading = new Span(label);
        heading.addClassName("field-label");
        var anchors = new Div(new Span(getTranslation("pain.anchor-low")),
                new Span(getTranslation("pain.anchor-high")));
        anchors.addClassName("pain-anchors");
        getContent().addClassName("pain-field");
        getContent().add(heading, scores, anchors);
    }

    void show(Integer score) {
        scores.show(score);
    }

    Integer value() {
        return scores.value();
    }

    void setReadOnly(boolean readOnly) {
        scores.setReadOnly(readOnly);
    }
}
