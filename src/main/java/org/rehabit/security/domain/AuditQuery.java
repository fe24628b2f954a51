package org.rehabit.security.domain;

import java.time.Instant;

/**
 * Which audit events to list: by who acted and whose record (parts of a name or username, case-insensitive), by
 * action, from (inclusive) and until (exclusive). Blank text and null values do not filter.
 */
public record AuditQuery(String person, String patient, AuditAction action, Instant from, Instant until) {

    public static final AuditQuery ALL = new AuditQuery("", "", null, null, null);
}
