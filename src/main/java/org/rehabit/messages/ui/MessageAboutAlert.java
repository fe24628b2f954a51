package org.rehabit.messages.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.UUID;
import org.rehabit.base.ui.AlertAction;
import org.rehabit.base.ui.AlertAction.OpenAlert;
import org.rehabit.base.ui.FieldErrors;
import org.rehabit.base.ui.Notifications;
import org.rehabit.messages.domain.Message;
import org.rehabit.messages.service.Conversations;
import org.rehabit.messages.service.Conversations.MessageField;
import org.springframework.core.annotation.Order;

/**
 * On each open alert: "Message the patient", a message about the alert's day, drafted from its kind for the
 * therapist to edit and send in one step.
 */
@org.springframework.stereotype.Component
@Order(1)
class MessageAboutAlert implements AlertAction {

    private final Conversations conversations;

    MessageAboutAlert(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public Component create(OpenAlert alert) {
        var open = new Button();
        open.setText(open.getTranslation("messages.alert.open"));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("message-about-alert");
        open.addClickListener(click -> dialog(alert.patientId(), alert.kind(), alert.day()).open());
        return open;
    }

    private Dialog dialog(long patientId, String kind, LocalDate day) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("messages.alert.title"));
        var text = new TextArea(dialog.getTranslation("messages.write.staff"));
        text.setMaxLength(Message.BODY_MAX_LENGTH);
        text.setWidth("min(36rem, 90vw)");
        text.setValue(dialog.getTranslation("messages.alert-draft." + kind));
        var key = UUID.randomUUID();
        var errors = new FieldErrors(dialog).bind(MessageField.BODY, text);
        var send = new Button(dialog.getTranslation("messages.send"), click -> {
            if (errors.submit(() -> conversations.send(patientId, text.getValue(), day, null, key))) {
                Notifications.success(dialog.getTranslation("messages.alert.sent"));
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(dialog.getTranslation("messages.alert.cancel"), click -> dialog.close()),
                send);
        return dialog;
    }
}
