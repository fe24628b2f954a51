package org.rehabit.messages.ui;

import java.time.LocalDate;
import org.rehabit.base.service.Translator;
import org.rehabit.base.ui.CardLink;
import org.rehabit.base.ui.ExerciseCardAction;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On each exercise card of the patient's day: "Ask about this exercise", opening Messages about it and that day. */
@Component
@Order(1)
class AskAboutExercise implements ExerciseCardAction {

    @Override
    public CardLink create(long exerciseId, LocalDate day, Translator text) {
        return new CardLink(text.translate("messages.ask-about"), MessagesView.ROUTE + "?" + MessagesView.EXERCISE + "="
                + exerciseId + "&" + MessagesView.DAY + "=" + day, "ask-about");
    }
}
