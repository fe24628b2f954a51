package org.rehabit.patients.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.rehabit.base.ui.Notifications;
import org.rehabit.security.service.InvitationService;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Shows a new activation link once, for the therapist to copy and pass on; Rehabit keeps only its hash. */
class ActivationLinkDialog extends Dialog {

    ActivationLinkDialog(String patientName, String username, String token) {
        setHeaderTitle(getTranslation("patients.link.title", patientName));
        setWidth("min(100%, 36rem)");
        var link = new TextField(getTranslation("patients.link.label"));
        link.setValue(activationUrl(token));
        link.setReadOnly(true);
        link.setWidthFull();
        link.addClassName("activation-link");
        add(new Paragraph(getTranslation("patients.link.explain")), link,
                new Paragraph(getTranslation("patients.link.username", username)));
        var copy = new Button(getTranslation("patients.link.copy"), click -> {
            link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue());
            Notifications.info(getTranslation("patients.link.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("close"), click -> close()), copy);
    }

    private static String activationUrl(String token) {
        var request = VaadinServletRequest.getCurrent();
        var base = request == null ? ""
                : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
        return base + "/" + InvitationService.ACTIVATION_PATH + "/" + token;
    }
}
