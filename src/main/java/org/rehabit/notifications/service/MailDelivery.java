package org.rehabit.notifications.service;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.rehabit.notifications.domain.OutboxMessage;
import org.rehabit.notifications.domain.OutboxStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a message to the SMTP server ({@code SPRING_MAIL_HOST} and friends), as plain text and HTML. With no server
 * configured the message is kept in the dev outbox, which admins read in the portal; nothing is dropped silently. An
 * address the server refuses for good is not tried again.
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
        try {
            mailSender.send(mime);
        } catch (MailSendException e) {
            var refusal = refusal(e);
            if (refusal.isPresent()) {
                throw new Undeliverable("the mail server refused the address: " + refusal.get());
            }
            throw e;
        }
        return OutboxStatus.SENT;
    }

    /**
     * The server's answer when it refused the recipient for good (a 5xx answer to the address: no such mailbox, no
     * such domain); empty when a busy or unreachable server is worth another try.
     */
    private static Optional<String> refusal(MailSendException e) {
        return e.getFailedMessages().values().stream()
                .filter(failure -> failure instanceof SendFailedException refused
                        && refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0
                        && (refused.getValidUnsentAddresses() == null
                                || refused.getValidUnsentAddresses().length == 0))
                .map(failure -> chain(failure).reduce((first, last) -> last).orElseThrow().getMessage())
                .map(answer -> answer == null ? "no reason given" : answer.strip()).findFirst();
    }

    private static Stream<Exception> chain(Exception failure) {
        return Stream.iterate(failure, Objects::nonNull,
                current -> current instanceof MessagingException messaging ? messaging.getNextException() : null);
    }
}
