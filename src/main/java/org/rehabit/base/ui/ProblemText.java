package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import org.rehabit.base.service.Problem;

/** A service's problem with some input, in the language of the user who sees it. */
public final class ProblemText {

    private ProblemText() {
    }

    public static String of(Component in, Problem problem) {
        return in.getTranslation(problem.key(), problem.arguments().toArray());
    }
}
