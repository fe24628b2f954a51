package org.rehabit.notifications.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabit.notifications.domain.Channel;
import org.rehabit.notifications.domain.NotificationSettings;
import org.rehabit.notifications.domain.OutboxMessages;
import org.rehabit.notifications.domain.OutboxMessages.NewMessage;
import org.rehabit.notifications.domain.PushSubscription;
import org.rehabit.notifications.domain.PushSubscriptions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts messages in the outbox, in the caller's transaction: they leave only if what caused them is committed, and
 * only once per dedup key however often they are asked for. {@link OutboxWorker} sends them.
 * <p>
 * {@link #mail} is e-mail only (links that open an account). {@link #notifyAll} reaches people the way they chose:
 * a push to each of their devices, and an e-mail unless they turned e-mail off; with no device, always by e-mail.
 * {@link #notifyUrgently} always e-mails as well.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class Outbox {

    /**
     * A notification for one person: its key (without the channel), to whom, its e-mail and push texts, and when it
     * is no longer worth sending (null: never).
     */
    record Letter(String key, long recipientId, String address, Mail mail, Instant expiresAt) {

        Letter(String key, long recipientId, String address, Mail mail) {
            this(key, recipientId, address, mail, null);
        }
    }

    private final OutboxMessages messages;
    private final NotificationSettings settings;
    private final PushSubscriptions devices;
    private final Clock clock;

    Outbox(OutboxMessages messages, NotificationSettings settings, PushSubscriptions devices, Clock clock) {
        this.messages = messages;
        this.settings = settings;
        this.devices = devices;
        this.clock = clock;
    }

    /** An e-mail and nothing else; returns whether it was added (false: its key is in the outbox already). */
    boolean mail(String key, String kind, long recipientId, String address, Mail mail) {
        return messages.add(kind, email(new Letter(key, recipientId, address, mail)), clock.instant());
    }

    /** Notifications of one kind, by each recipient's channels, in three statements however many. */
    int notifyAll(String kind, List<Letter> letters) {
        return add(kind, letters, false);
    }

    /**
     * A notification that must not depend on a device: pushed to every device of the recipient and e-mailed whatever
     * they chose (a push service may drop it, a phone may stay off).
     */
    int notifyUrgently(String kind, Letter letter) {
        return add(kind, List.of(letter), true);
    }

    private int add(String kind, List<Letter> letters, boolean alwaysEmail) {
        if (letters.isEmpty()) {
            return 0;
        }
        var recipients = letters.stream().map(Letter::recipientId).distinct().toList();
        var devicesOf = devices.ofAccounts(recipients).stream()
                .collect(Collectors.groupingBy(PushSubscription::accountId));
        var noEmail = settings.withoutEmail(recipients);
        var added = new ArrayList<NewMessage>();
        for (var letter : letters) {
            var pushTo = devicesOf.getOrDefault(letter.recipientId(), List.of());
            if (alwaysEmail || pushTo.isEmpty() || !noEmail.contains(letter.recipientId())) {
                added.add(email(letter));
            }
            pushTo.forEach(device -> added
                    .add(new NewMessage(letter.key(), letter.key() + ":push:" + device.id(), Channel.PUSH,
                            device.id(), letter.recipientId(), device.device(), letter.mail().pushTitle(),
                            letter.mail().pushText(), "", letter.expiresAt())));
        }
        return messages.addAll(kind, added, clock.instant());
    }

    private static NewMessage email(Letter letter) {
        return new NewMessage(letter.key(), letter.key() + ":email", Channel.EMAIL, null, letter.recipientId(),
                letter.address(),
                letter.mail().subject(), letter.mail().text(), letter.mail().html(), letter.expiresAt());
    }
}
