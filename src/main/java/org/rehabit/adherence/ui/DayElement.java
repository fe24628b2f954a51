package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * The patient's day drawn in the browser ({@code frontend/rehabit-day.js}), given its first {@link DayDocument} with
 * the page, so it draws without another request; after that it talks to {@link DayApi} itself.
 */
@Tag("rehabit-day")
@JsModule("./rehabit-day.js")
class DayElement extends Component {

    DayElement(DayDocument document) {
        getElement().setPropertyBean("document", document);
    }
}
