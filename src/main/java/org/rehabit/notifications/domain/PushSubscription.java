package org.rehabit.notifications.domain;

import java.time.Instant;

/** A device where someone turned notifications on: its push service endpoint, the keys, and a name to show. */
public record PushSubscription(long id, long accountId, String endpoint, String p256dh, String auth, String device,
        Instant createdAt) {

    /** The longest endpoint kept (push services use a few hundred characters). */
    public static final int ENDPOINT_MAX_LENGTH = 2000;
}
