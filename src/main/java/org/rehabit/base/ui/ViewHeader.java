package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A view's title with its main actions beside it (wrapping under it on a phone). */
public class ViewHeader extends Header {

    public ViewHeader(String title, Component... actions) {
        addClassName("view-header");
        var bar = new HorizontalLayout(actions);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.addClassName("view-actions");
        add(new H1(title), bar);
    }
}
