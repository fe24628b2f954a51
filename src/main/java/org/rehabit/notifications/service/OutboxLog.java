package org.rehabit.notifications.service;

import java.util.List;
import org.rehabit.notifications.domain.OutboxMessage;
import org.rehabit.notifications.domain.OutboxMessages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For admins: what the portal sent or is trying to send, newest first. Without a mail server this is the dev outbox,
 * and the messages can be read in full (there are no real recipients); with one, only who, what and how it went.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class OutboxLog {

    private final OutboxMessages messages;
    private final MailDelivery delivery;

    OutboxLog(OutboxMessages messages, MailDelivery delivery) {
        this.messages = messages;
        this.delivery = delivery;
    }

    /** The newest messages; their bodies only in the dev outbox. */
    public List<OutboxMessage> newest(int offset, int limit) {
        var devOutbox = isDevOutbox();
        return messages.newest(offset, limit).stream()
                .map(message -> devOutbox ? message : message.withoutText()).toList();
    }

    /** No mail server is configured: messages stay here instead of leaving. */
    public boolean isDevOutbox() {
        return !delivery.configured();
    }
}
