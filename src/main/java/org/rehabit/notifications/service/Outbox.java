package org.rehabit.notifications.service;

import java.time.Clock;
import java.util.List;
import org.rehabit.notifications.domain.OutboxMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message in the outbox, in the caller's transaction: it leaves only if what caused it is committed, and only
 * once per dedup key however often it is asked for. {@link OutboxWorker} sends it.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class Outbox {

    private final OutboxMessages messages;
    private final Clock clock;

    Outbox(OutboxMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Mails of one kind, in one statement; returns how many were added (those with a key already in are not). */
    int mailAll(String kind, List<OutboxMessages.NewMessage> mails) {
        return mails.isEmpty() ? 0 : messages.addAll(kind, mails, clock.instant());
    }

    /** Returns whether it was added (false: one with this key is already in the outbox). */
    boolean mail(String dedupKey, String kind, long recipientId, String address, Mail mail) {
        return messages.add(dedupKey, kind, recipientId, address, mail.subject(), mail.text(), mail.html(),
                clock.instant());
    }
}
