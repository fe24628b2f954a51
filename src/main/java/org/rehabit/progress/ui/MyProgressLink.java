package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import org.rehabit.base.ui.TodayLink;
import org.springframework.core.annotation.Order;

/** On the patient's day: the way to their own progress. */
@org.springframework.stereotype.Component
@Order(1)
class MyProgressLink implements TodayLink {

    @Override
    public Component create() {
        var link = new RouterLink("", MyProgressView.class);
        link.setText(link.getTranslation("history.title"));
        return link;
    }
}
