package org.rehabit.notifications.service;

import com.interaso.webpush.VapidKeys;
import java.time.Clock;
import java.util.Base64;
import org.rehabit.notifications.domain.VapidKeyStore;
import org.rehabit.notifications.domain.VapidKeyStore.StoredKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's VAPID key pair, which identifies it to the browsers' push services: from the settings
 * ({@code REHABIT_VAPID_PUBLIC_KEY}, {@code REHABIT_VAPID_PRIVATE_KEY}) or else made once and kept in the database,
 * so that every node uses the same pair and subscriptions survive restarts. Made in a transaction of its own: a
 * pair in use is never one that was rolled back.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class PushKeys {

    private final VapidKeyStore store;
    private final Clock clock;
    private final String configuredPublic;
    private final String configuredPrivate;
    private volatile VapidKeys keys;

    PushKeys(VapidKeyStore store, Clock clock, @Value("${rehabit.push.vapid-public-key:}") String configuredPublic,
            @Value("${rehabit.push.vapid-private-key:}") String configuredPrivate) {
        this.store = store;
        this.clock = clock;
        this.configuredPublic = configuredPublic;
        this.configuredPrivate = configuredPrivate;
    }

    VapidKeys keys() {
        var loaded = keys;
        if (loaded == null) {
            var stored = configuredPublic.isBlank() ? store.find().orElseGet(this::generate)
                    : new StoredKeys(configuredPublic, configuredPrivate);
            loaded = VapidKeys.create(stored.publicKey(), stored.privateKey());
            keys = loaded;
        }
        return loaded;
    }

    /** The public key as browsers take it when subscribing (Base64 URL-safe, the raw point). */
    String applicationServerKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(keys().getApplicationServerKey());
    }

    private StoredKeys generate() {
        var generated = VapidKeys.generate();
        return store.keepFirst(new StoredKeys(generated.getX509PublicKey(), generated.getPkcs8PrivateKey()),
                clock.instant());
    }
}
