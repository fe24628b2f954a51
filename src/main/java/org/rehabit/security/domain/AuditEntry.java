package org.rehabit.security.domain;

import java.time.Instant;

/**
 * One row of the audit trail as people read it: names instead of account ids. The actor's and the patient's name,
 * the address and the detail may be null.
 */
public record AuditEntry(long id, Instant occurredAt, String actorName, String actorRole, AuditAction action,
        String patientName, String address, String detail) {
}
