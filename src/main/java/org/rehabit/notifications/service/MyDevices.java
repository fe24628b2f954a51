package org.rehabit.notifications.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.rehabit.base.service.DeviceName;
import org.rehabit.notifications.domain.PushSubscription;
import org.rehabit.notifications.domain.PushSubscriptions;
import org.rehabit.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's devices with notifications on (Web Push): turning them on and off for the device in hand.
 * What the browser hands over is checked: an https address at one of the browsers' push services
 * ({@code rehabit.push.services}; plain http only where {@code rehabit.push.allow-http} is set, for tests), so the
 * portal posts to no other server, a P-256 public key and a 16-byte secret. A person keeps at most
 * {@link #MAX_DEVICES} devices; turning on another forgets the oldest.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyDevices {

    public static final int MAX_DEVICES = 10;

    private final PushSubscriptions devices;
    private final PushKeys keys;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean allowHttp;
    private final List<String> services;

    MyDevices(PushSubscriptions devices, PushKeys keys, CurrentUser currentUser, Clock clock,
            @Value("${rehabit.push.allow-http:false}") boolean allowHttp,
            @Value("${rehabit.push.services}") List<String> services) {
        this.devices = devices;
        this.keys = keys;
        this.currentUser = currentUser;
        this.clock = clock;
        this.allowHttp = allowHttp;
        this.services = services.stream().map(String::strip).map(host -> host.toLowerCase(Locale.ROOT)).toList();
    }

    /** The portal's public key, which the browser needs to subscribe. */
    public String applicationServerKey() {
        return keys.applicationServerKey();
    }

    /**
     * Keeps the device the browser subscribed, for the signed-in person.
     *
     * @throws IllegalArgumentException when what the browser handed over is not a push subscription
     */
    public void turnOn(String endpoint, String p256dh, String auth, String userAgent) {
        checkEndpoint(endpoint);
        checkKey(p256dh, 65, "p256dh");
        checkKey(auth, 16, "auth");
        var me = currentUser.require().accountId();
        devices.save(me, endpoint, p256dh, auth, DeviceName.of(userAgent), clock.instant());
        devices.keepNewest(me, MAX_DEVICES);
    }

    /** Forgets the signed-in person's device with this endpoint; another person's is left alone. */
    public void turnOff(String endpoint) {
        devices.delete(currentUser.require().accountId(), endpoint);
    }

    /** Whether this endpoint is one of the signed-in person's devices. */
    @Transactional(readOnly = true)
    public boolean isOn(String endpoint) {
        return devices.ofAccount(currentUser.require().accountId()).stream()
                .anyMatch(device -> device.endpoint().equals(endpoint));
    }

    private void checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.length() > PushSubscription.ENDPOINT_MAX_LENGTH) {
            throw new IllegalArgumentException("No push endpoint, or a too long one");
        }
        try {
            var uri = new URI(endpoint);
            var scheme = uri.getScheme();
            if (uri.getHost() == null || !("https".equals(scheme) || allowHttp && "http".equals(scheme))) {
                throw new IllegalArgumentException("A push endpoint must be an https address: " + endpoint);
            }
            if (!isPushService(uri.getHost().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Not a known push service: " + uri.getHost());
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a push endpoint: " + endpoint, e);
        }
    }

    /** A host named in the list, or under a name given as {@code *.example.com}. */
    private boolean isPushService(String host) {
        return services.stream().anyMatch(service -> service.startsWith("*.")
                ? host.endsWith(service.substring(1))
                : host.equals(service));
    }

    private static void checkKey(String value, int length, String name) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(value == null ? "" : value.replace("=", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The subscription's " + name + " is not Base64", e);
        }
        if (bytes.length != length || length == 65 && bytes[0] != 4) {
            throw new IllegalArgumentException("The subscription's " + name + " has the wrong form");
        }
    }
}
