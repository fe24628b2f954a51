package org.rehabit.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.rehabit.base.service.InvalidInputException;

/** Shows a service's validation messages beside the fields they belong to. */
public class FieldErrors {

    private final Map<Enum<?>, HasValidation> fields = new HashMap<>();
    private final List<Consumer<Map<Enum<?>, String>>> others = new ArrayList<>();
    private final Function<String, String> translate;

    public FieldErrors(Function<String, String> translate) {
        this.translate = translate;
    }

    public FieldErrors bind(Enum<?> field, HasValidation component) {
        component.setManualValidation(true);
        fields.put(field, component);
        return this;
    }

    /** Also hands the messages to a form that shows its own fields' (an embedded form). */
    public FieldErrors alsoShowOn(Consumer<Map<Enum<?>, String>> form) {
        others.add(form);
        return this;
    }

    /**
     * Runs a save. If the service refuses the input, its messages are shown beside their fields and the answer is
     * false; otherwise earlier messages are cleared.
     */
    public boolean submit(Runnable save) {
        try {
            save.run();
            show(Map.of());
            return true;
        } catch (InvalidInputException e) {
            show(e.problems());
            return false;
        }
    }

    public void show(Map<Enum<?>, String> problems) {
        others.forEach(form -> form.accept(problems));
        fields.forEach((field, component) -> {
            var key = problems.get(field);
            component.setInvalid(key != null);
            component.setErrorMessage(key == null ? null : translate.apply(key));
        });
    }
}
