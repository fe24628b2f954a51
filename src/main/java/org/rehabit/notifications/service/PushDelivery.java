package org.rehabit.notifications.service;

import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushStatusException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
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
 * push service no longer knows (404, 410) is removed, in the worker's transaction (which a failure here does not
 * mark for rollback: the batch's other messages stay sent). Each request has a time limit.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY, noRollbackFor = RuntimeException.class)
class PushDelivery {

    /** The push service could not be reached or refused the message for now: try again later. */
    static class PushFailed extends RuntimeException {
        PushFailed(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** How long a push service keeps a message for a device that is off, unless the message expires sooner. */
    static final Duration TIME_TO_LIVE = Duration.ofHours(12);
    /** A push service that does not answer in time is tried again later; the worker is not held up. */
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final PushSubscriptions devices;
    private final PushKeys keys;
    private final String subject;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private volatile WebPush webPush;

    PushDelivery(PushSubscriptions devices, PushKeys keys, Clock clock,
            @Value("${rehabit.push.subject:mailto:${rehabit.mail.from:rehabit@localhost}}") String subject) {
        this.devices = devices;
        this.keys = keys;
        this.clock = clock;
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
        var ttl = message.expiresAt() == null ? TIME_TO_LIVE
                : Duration.between(clock.instant(), message.expiresAt());
        var urgency = AttentionMail.KIND.equals(message.kind()) ? WebPush.Urgency.High : WebPush.Urgency.Normal;
        WebPush.SubscriptionState state;
        try {
            var push = webPush();
            var request = HttpRequest.newBuilder(URI.create(device.endpoint())).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(push.getBody(
                            payload.getBytes(StandardCharsets.UTF_8), decode(device.p256dh()), decode(device.auth()))));
            push.getHeaders(device.endpoint(), (int) Math.max(ttl.toSeconds(), 60), null, urgency)
                    .forEach(request::setHeader);
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            state = push.getSubscriptionState(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushFailed("interrupted", e);
        } catch (Exception e) {
            // the library is Kotlin: the push service's refusal is an undeclared checked exception
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

    private static byte[] decode(String base64) {
        return Base64.getUrlDecoder().decode(base64.replace("=", ""));
    }

    private WebPush webPush() {
        var current = webPush;
        if (current == null) {
            current = new WebPush(subject, keys.keys());
            webPush = current;
        }
        return current;
    }
}
