package org.rehabit.messages.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.rehabit.base.ui.Formats;
import org.rehabit.messages.domain.Message;
import org.rehabit.messages.domain.WarningWords;

/**
 * One message as a speech bubble, seen from one side: who wrote it, when, what it is about, its text, and whether
 * the other side read it. For staff, a patient's message with words that suggest a red flag is highlighted.
 */
final class MessageBubble extends Div {

    MessageBubble(Message message, boolean patientSide) {
        var locale = UI.getCurrent().getLocale();
        var mine = message.fromPatient() == patientSide;
        var who = new Span(message.fromPatient() && patientSide ? getTranslation("messages.you")
                : message.authorName());
        who.addClassName("message-author");
        var when = new Span(Formats.instant(message.sentAt(), locale, ""));
        when.addClassName("message-time");
        add(who, when);
        if (message.aboutDay() != null || message.aboutExerciseName() != null) {
            var about = new Span(getTranslation("messages.about", message.aboutExerciseName() == null ? ""
                    : message.aboutExerciseName() + ", ",
                    message.aboutDay() == null ? ""
                            : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                                    .format(message.aboutDay())));
            about.addClassName("message-about");
            add(about);
        }
        var body = new Paragraph(message.body());
        body.addClassName("message-body");
        add(body);
        addClassNames("message", mine ? "message-mine" : "message-theirs");
        if (message.fromPatient() && !patientSide && WarningWords.in(message.body())) {
            addClassName("message-warning");
            var flag = new Span(getTranslation("messages.warning-words"));
            flag.getElement().getThemeList().add("badge error");
            addComponentAtIndex(0, flag);
        }
        if (mine && message.readAt() != null) {
            var read = new Span(getTranslation("messages.read"));
            read.addClassName("message-read");
            add(read);
        }
    }
}
