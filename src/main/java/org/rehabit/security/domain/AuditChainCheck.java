package org.rehabit.security.domain;

import java.time.Instant;

/**
 * One check of the audit trail's hash chain: up to which row, that row's hash (hex), and the first row that broke it
 * (null: none).
 */
public record AuditChainCheck(Instant checkedAt, Long lastId, String lastHash, Long firstBreak) {

    public boolean holds() {
        return firstBreak == null;
    }
}
