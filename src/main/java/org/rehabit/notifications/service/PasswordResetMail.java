package org.rehabit.notifications.service;

import org.rehabit.security.service.PasswordResetIssued;
import org.rehabit.security.service.PasswordResets;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A "forgot password" link goes to the account's e-mail address, in the transaction that made it: once per link. */
@Component
@Transactional
class PasswordResetMail {

    static final String KIND = "PASSWORD_RESET";

    private final MailTexts texts;
    private final Outbox outbox;

    PasswordResetMail(MailTexts texts, Outbox outbox) {
        this.texts = texts;
        this.outbox = outbox;
    }

    @EventListener
    void on(PasswordResetIssued link) {
        outbox.mail("password-reset:" + link.linkId(), KIND, link.accountId(), link.email(),
                texts.passwordReset(link.displayName(), "/" + PasswordResets.PATH + "/" + link.token(),
                        PasswordResets.VALIDITY.toMinutes()));
    }
}
