package org.rehabit.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** What a user sees for an address that does not exist or that their role may not open. */
class ErrorPage extends VerticalLayout {

    ErrorPage(String titleKey, String messageKey) {
        addClassName("error-page");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(messageKey)),
                new Anchor("", getTranslation("error.home")));
    }
}
