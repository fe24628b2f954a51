package org.rehabit.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Shows a service's validation messages beside the fields they belong to. */
public class FieldErrors {

    private final Map<Enum<?>, HasValidation> fields = new HashMap<>();
    private final Function<String, String> translate;

    public FieldErrors(Function<String, String> translate) {
        this.translate = translate;
    }

    public FieldErrors bind(Enum<?> field, HasValidation component) {
        component.setManualValidation(true);
        fields.put(field, component);
        return this;
    }

    public void show(Map<Enum<?>, String> problems) {
        fields.forEach((field, component) -> {
            var key = problems.get(field);
            component.setInvalid(key != null);
            component.setErrorMessage(key == null ? null : translate.apply(key));
        });
    }
}
