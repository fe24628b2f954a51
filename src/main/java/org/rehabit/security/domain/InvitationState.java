package org.rehabit.security.domain;

import java.time.Instant;

/** What a one-time link (activation, password reset) is worth when someone opens it. */
public enum InvitationState {
    VALID, EXPIRED, USED, REPLACED, UNKNOWN;

    /** A link that was used, replaced by a newer one, or is past its expiry; otherwise valid. */
    public static InvitationState of(Instant usedAt, Instant revokedAt, Instant expiresAt, Instant now) {
        if (usedAt != null) {
            return USED;
        }
        if (revokedAt != null) {
            return REPLACED;
        }
        return now.isBefore(expiresAt) ? VALID : EXPIRED;
    }
}
