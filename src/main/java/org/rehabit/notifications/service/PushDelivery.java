package org.rehabit.notifications.service;

import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushService;
import com.interaso.webpush.WebPushStatusException;
import java.util.Locale;
import java.util.Map;
import org.rehabit.notifications.domain.OutboxMessage;
import org.rehabit.notifications.domain.OutboxStatus;
import org.rehabit.notifications.domain.PushSubscriptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.json.JsonWriter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a push message to the push service of the device it is for (W3C Push API, VAPID, the payload encrypted for
 * that device). The portal's service worker shows it as a notification; tapping it opens the portal. A device the
 * push service no longer knows (404, 410) is removed, in the worker's transaction (which a refusal does not roll
 * back).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = {PushDelivery.Undeliverable.class,
        PushDelivery.PushFailed.class})
class PushDelivery {

    /** The message cannot be delivered, now or later. */
    static class Undeliverable extends RuntimeException {
        Undeliverable(String reason) {
            super(reason);
        }
    }

    /** The push service could not be reached or refused the message for now: try again later. */
    static class PushFailed extends RuntimeException {
        PushFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** How long a push service keeps a message for a device that is off (seconds). */
    static final int TIME_TO_LIVE = 12 * 60 * 60;

    private final PushSubscriptions devices;
    private final PushKeys keys;
    private final String subject;
    private volatile WebPushService service;

    PushDelivery(PushSubscriptions devices, PushKeys keys,
            @Value("${rehabit.push.subject:mailto:${rehabit.mail.from:rehabit@localhost}}") String subject) {
        this.devices = devices;
        this.keys = keys;
        this.subject = subject;
    }

    OutboxStatus deliver(OutboxMessage message) {
        var device = message.pushSubscriptionId() == null ? null
                : devices.find(message.pushSubscriptionId()).orElse(null);
        if (device == null) {
            throw new Undeliverable("the device's notifications were turned off");
        }
        var payload = JsonWriter.standard().writeToString(Map.of("title", message.subject(), "options",
                Map.of("body", message.bodyText(), "tag", message.kind().toLowerCase(Locale.ROOT), "icon",
                        "/icons/icon.png")));
        WebPush.SubscriptionState state;
        try {
            state = service().send(payload, device.endpoint(), device.p256dh(), device.auth(), TIME_TO_LIVE,
                    null, null);
        } catch (Exception e) {
            // the library is Kotlin: its exceptions (the push service's answer, I/O) are not declared
            var reason = e instanceof WebPushStatusException status
                    ? "the push service answered " + status.getStatusCode()
                    : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new PushFailed(reason, e);
        }
        if (state == WebPush.SubscriptionState.EXPIRED) {
            devices.delete(device.id());
            throw new Undeliverable("the push service no longer knows this device; it was removed");
        }
        return OutboxStatus.SENT;
    }

    private WebPushService service() {
        var current = service;
        if (current == null) {
            current = new WebPushService(subject, keys.keys());
            service = current;
        }
        return current;
    }
}
