package org.rehabit.prescriptions.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Red flags the therapist noted at intake, shown above the builder: with severe neck pain or weakness in the arms
 * or hands the usual routine is not the answer, and the patient needs advice first.
 */
class RedFlagNotice extends Div {

    RedFlagNotice(String redFlags) {
        addClassNames("red-flag-notice", "avoid-warning");
        getElement().setAttribute("role", "alert");
        add(new H3(getTranslation("routine.red-flags.title")), new Paragraph(redFlags),
                new Paragraph(getTranslation("routine.red-flags.advice")));
    }
}
