package org.rehabit.security.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.rehabit.security.service.AccountField;

/** Shows the service's validation messages beside the fields they belong to. */
class FieldErrors {

    private final Map<AccountField, HasValidation> fields = new EnumMap<>(AccountField.class);
    private final Function<String, String> translate;

    FieldErrors(Function<String, String> translate) {
        this.translate = translate;
    }

    FieldErrors bind(AccountField field, HasValidation component) {
        component.setManualValidation(true);
        fields.put(field, component);
        return this;
    }

    void show(Map<AccountField, String> problems) {
        fields.forEach((field, component) -> {
            var key = problems.get(field);
            component.setInvalid(key != null);
            component.setErrorMessage(key == null ? null : translate.apply(key));
        });
    }

    void clear() {
        show(Map.of());
    }
}
