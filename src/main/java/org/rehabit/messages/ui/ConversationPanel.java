package org.rehabit.messages.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.messages.domain.Message;
import org.rehabit.messages.domain.WarningWords;
import org.rehabit.messages.service.Conversations;
import org.rehabit.messages.service.Conversations.MessageField;
import org.rehabit.messages.service.MessageSent;

/**
 * One patient's conversation with their care team, for either side: the newest page of messages (older ones on
 * request, a page at a time), and a box to write. The patient's messages with words that suggest a red flag are
 * highlighted; a patient who writes one is shown the red-flag advice at once. While it is open, a message from the
 * other side is announced as it arrives ("New message: show").
 */
class ConversationPanel extends Composite<Div> {

    private final Conversations conversations;
    private final long patientId;
    private final boolean patientSide;
    private final Div thread = new Div();
    private final Button earlier = new Button(getTranslation("messages.earlier"));
    private final Paragraph advice = new Paragraph(getTranslation("messages.red-flag-advice"));
    private final Div about = new Div();
    private final Button arrivals = new Button(getTranslation("messages.arrived"));
    /** Always on the page, so screen readers announce its text when a message arrives. */
    private final Span announcer = new Span();
    private final ConversationUpdates updates;
    private Registration watching;
    private Long aboutExercise;
    private LocalDate aboutDay;
    private Long oldestShown;
    /** This message's own key: a double tap or a resend of the same text sends it once. */
    private UUID draftKey = UUID.randomUUID();

    ConversationPanel(Conversations conversations, ConversationUpdates updates, long patientId, boolean patientSide) {
        this.conversations = conversations;
        this.updates = updates;
        this.patientId = patientId;
        this.patientSide = patientSide;
        thread.addClassName("message-thread");
        earlier.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        earlier.addClickListener(click -> showOlder());
        advice.addClassNames("notice", "red-flag-advice");
        advice.setVisible(false);
        var text = new TextArea(getTranslation(patientSide ? "messages.write.patient" : "messages.write.staff"));
        text.setMaxLength(Message.BODY_MAX_LENGTH);
        text.setWidthFull();
        var errors = new FieldErrors(this).bind(MessageField.BODY, text);
        var send = new Button(getTranslation("messages.send"), click -> {
            var body = text.getValue();
            if (errors.submit(() -> conversations.send(patientId, body, aboutDay, aboutExercise, draftKey))) {
                draftKey = UUID.randomUUID();
                text.clear();
                about(null, null);
                advice.setVisible(patientSide && WarningWords.in(body));
                showNewest();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getContent().addClassName("conversation");
        about.addClassName("message-about-draft");
        about.setVisible(false);
        arrivals.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        arrivals.addClassName("messages-arrived");
        arrivals.setVisible(false);
        arrivals.addClickListener(click -> showNewest());
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        getContent().add(earlier, thread, arrivals, announcer, advice, about, text, send);
        showNewest();
    }

    /**
     * Makes the next message about an exercise and a day (either may be null), shown above the text with a way to
     * drop it; an exercise the catalog does not have is left out.
     */
    void about(Long exerciseId, LocalDate day) {
        var name = exerciseId == null ? Optional.<String>empty() : conversations.exerciseName(exerciseId);
        aboutExercise = name.isPresent() ? exerciseId : null;
        aboutDay = day;
        about.removeAll();
        about.setVisible(name.isPresent() || day != null);
        if (about.isVisible()) {
            var drop = new Button(getTranslation("messages.about.drop"), click -> about(null, null));
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            about.add(new Span(getTranslation("messages.about", name.map(n -> n + ", ").orElse(""),
                    day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                            .withLocale(UI.getCurrent().getLocale()).format(day))),
                    drop);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        watching = updates.watch(patientId, this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        watching.remove();
        super.onDetach(detachEvent);
    }

    /** A message was sent in this conversation; one from the other side is offered to be shown. */
    void arrived(MessageSent sent) {
        if (sent.fromPatient() != patientSide) {
            arrivals.setVisible(true);
            announcer.setText(getTranslation("messages.arrived"));
        }
    }

    private void showNewest() {
        arrivals.setVisible(false);
        announcer.setText("");
        thread.removeAll();
        oldestShown = null;
        showOlder();
    }

    private void showOlder() {
        List<Message> page;
        try {
            page = conversations.page(patientId, oldestShown);
        } catch (RecordNotFoundException e) {
            // the patient moved to another therapist while the page was open
            getContent().removeAll();
            getContent().add(new Paragraph(getTranslation("messages.no-longer")));
            return;
        }
        page.forEach(message -> thread.addComponentAsFirst(new MessageBubble(message, patientSide)));
        if (!page.isEmpty()) {
            oldestShown = page.getLast().id();
        }
        earlier.setVisible(page.size() == Conversations.PAGE);
        if (page.isEmpty() && oldestShown == null) {
            thread.add(new Paragraph(getTranslation("messages.none")));
        }
    }
}
