package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One choice among a few, as a row of large buttons that wraps on a phone: the chosen one is filled. Picking calls
 * the listener at once, so nothing waits for a separate save; the choice shows as made only if the listener accepts
 * it (a refused save leaves the last saved choice).
 */
class ChoiceChips<T> extends Composite<Div> {

    private final Map<T, Button> buttons = new LinkedHashMap<>();
    private T value;

    ChoiceChips(String label, List<T> choices, SerializableFunction<T, String> caption,
            SerializablePredicate<T> picked) {
        var group = getContent();
        group.addClassName("choice-chips");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", label);
        for (var choice : choices) {
            var button = new Button(caption.apply(choice), click -> {
                if (picked.test(choice)) {
                    show(choice);
                }
            });
            button.addClassName("chip");
            buttons.put(choice, button);
            group.add(button);
        }
    }

    /** Shows a value as chosen without calling the listener. */
    void show(T chosen) {
        value = chosen;
        buttons.forEach((choice, button) -> {
            var on = choice.equals(chosen);
            if (on) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(on));
        });
    }

    T value() {
        return value;
    }

    void setReadOnly(boolean readOnly) {
        buttons.values().forEach(button -> button.setEnabled(!readOnly));
    }
}
