package org.rehabit.security.domain;

import java.time.Instant;

/** One row of the accounts list; {@code therapistName} is set for patients. */
public record AccountSummary(long id, String username, String displayName, String email, Role role,
        Long therapistId, String therapistName, boolean enabled, Instant createdAt, Instant lastLoginAt,
        Instant activatedAt) {

    public boolean invited() {
        return activatedAt == null;
    }
}
