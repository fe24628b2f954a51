package org.rehabit.security.domain;

import java.time.Instant;

/** One patient on a therapist's caseload. */
public record PatientSummary(long id, String username, String displayName, String email, boolean enabled,
        Instant lastLoginAt, Instant activatedAt) {

    public boolean invited() {
        return activatedAt == null;
    }
}
