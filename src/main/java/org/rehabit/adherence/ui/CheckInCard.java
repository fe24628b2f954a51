package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.List;

/**
 * The red-flag questions asked before the first exercise of a day. Both need an answer; a "yes" to either means no
 * routine today.
 */
class CheckInCard extends Composite<Div> {

    CheckInCard(SerializableBiConsumer<Boolean, Boolean> answered) {
        var card = getContent();
        card.addClassName("check-in");
        var neck = question("check-in.severe-neck-pain");
        var arms = question("check-in.arm-symptoms");
        var missing = new Span();
        missing.addClassName("field-error");
        var go = new Button(getTranslation("check-in.continue"), click -> {
            if (neck.value() == null || arms.value() == null) {
                missing.setText(getTranslation("check-in.answer-both"));
                return;
            }
            answered.accept(neck.value(), arms.value());
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("check-in-continue");
        card.add(new H2(getTranslation("check-in.title")), new Paragraph(getTranslation("check-in.intro")),
                labelled("check-in.severe-neck-pain", neck), labelled("check-in.arm-symptoms", arms), missing, go);
    }

    private ChoiceChips<Boolean> question(String key) {
        return new ChoiceChips<>(getTranslation(key), List.of(false, true),
                yes -> getTranslation(yes ? "check-in.yes" : "check-in.no"), yes -> true);
    }

    private Div labelled(String key, ChoiceChips<Boolean> answers) {
        var question = new Paragraph(getTranslation(key));
        question.addClassName("question");
        var box = new Div(question, answers);
        box.addClassName("check-in-question");
        return box;
    }
}
