package org.rehabit.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Map;
import org.rehabit.base.ui.ExerciseCardAction;
import org.springframework.core.annotation.Order;

/** On each exercise card of the patient's day: "Ask about this exercise", opening Messages about it and that day. */
@org.springframework.stereotype.Component
@Order(1)
class AskAboutExercise implements ExerciseCardAction {

    @Override
    public Component create(long exerciseId, LocalDate day) {
        var link = new RouterLink("", MessagesView.class);
        link.setText(link.getTranslation("messages.ask-about"));
        link.setQueryParameters(QueryParameters.simple(Map.of(MessagesView.EXERCISE, Long.toString(exerciseId),
                MessagesView.DAY, day.toString())));
        link.addClassName("ask-about");
        return link;
    }
}
