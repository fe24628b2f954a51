package org.rehabit.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.PatientPageSection;
import org.rehabit.notifications.service.InvitationMails;
import org.springframework.core.annotation.Order;

/** On an invited patient's page: whether the invitation e-mail went out, is waiting, or failed. */
@SpringComponent
@Order(1)
class InvitationMailStatus implements PatientPageSection {

    private final InvitationMails mails;

    InvitationMailStatus(InvitationMails mails) {
        this.mails = mails;
    }

    @Override
    public Component create(long patientId) {
        var line = new Paragraph();
        line.addClassName("invitation-mail");
        mails.latest(patientId).ifPresentOrElse(mail -> line.setText(line.getTranslation(
                "invitation-mail." + mail.status().name(), mail.address(),
                Formats.instant(mail.sentAt() != null ? mail.sentAt() : mail.createdAt(), UI.getCurrent().getLocale(),
                        ""),
                mail.lastError() == null ? "" : mail.lastError())), () -> line.setVisible(false));
        return line;
    }
}
