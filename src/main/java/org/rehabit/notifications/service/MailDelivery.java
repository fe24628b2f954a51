package org.rehabit.notifications.service;

import jakarta.mail.MessagingException;
import org.rehabit.notifications.domain.OutboxMessage;
import org.rehabit.notifications.domain.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a message to the SMTP server ({@code SPRING_MAIL_HOST} and friends), as plain text and HTML. With no server
 * configured the message is kept in the dev outbox, which admins read in the portal; nothing is dropped silently.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> sender, @Value("${rehabit.mail.from:rehabit@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** Whether a mail server is configured; without one, mail is kept in the dev outbox. */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** @throws org.springframework.mail.MailException when the server refuses it or cannot be reached */
    OutboxStatus deliver(OutboxMessage message) {
        var mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("No mail server configured (SPRING_MAIL_HOST): \"{}\" to {} is kept in the dev outbox",
                    message.subject(), message.address());
            return OutboxStatus.KEPT;
        }
        var mime = mailSender.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.address());
            helper.setSubject(message.subject());
            helper.setText(message.bodyText(), message.bodyHtml());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mailSender.send(mime);
        return OutboxStatus.SENT;
    }
}
