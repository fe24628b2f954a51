package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;

/** Shows a service's validation messages beside the fields they belong to. */
public class FieldErrors {

    private final Map<Enum<?>, HasValidation> fields = new HashMap<>();
    private final List<Consumer<Map<Enum<?>, Problem>>> others = new ArrayList<>();
    private final Component in;

    /** {@code in}: the view or dialog whose language the messages are shown in. */
    public FieldErrors(Component in) {
        this.in = in;
    }

    public FieldErrors bind(Enum<?> field, HasValidation component) {
        component.setManualValidation(true);
        fields.put(field, component);
        return this;
    }

    /** Also hands the messages to a form that shows its own fields' (an embedded form). */
    public FieldErrors alsoShowOn(Consumer<Map<Enum<?>, Problem>> form) {
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

    /** The problem's message in the user's language, for showing it somewhere else than beside a bound field. */
    public String text(Problem problem) {
        return ProblemText.of(in, problem);
    }

    public void show(Map<Enum<?>, Problem> problems) {
        others.forEach(form -> form.accept(problems));
        fields.forEach((field, component) -> {
            var problem = problems.get(field);
            component.setInvalid(problem != null);
            component.setErrorMessage(problem == null ? null : text(problem));
        });
    }
}
