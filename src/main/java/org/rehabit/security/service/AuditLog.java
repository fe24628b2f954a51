package org.rehabit.security.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.AuditChainCheck;
import org.rehabit.security.domain.AuditEntry;
import org.rehabit.security.domain.AuditEvents;
import org.rehabit.security.domain.AuditQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the audit trail: everything, for admins (with a CSV export, itself audited); what others did with their
 * record, for a patient; and the check of its hash chain.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final List<String> CSV_HEADER = List.of("id", "time", "person", "role", "action", "patient",
            "address", "detail");

    private final AuditEvents events;
    private final AuditTrail trail;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEvents events, AuditTrail trail, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.trail = trail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Matching events, newest first. */
    public List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        return events.find(query, offset, limit);
    }

    /**
     * Writes the matching events as CSV (UTF-8, RFC 4180), newest first. That they were exported is recorded first,
     * in a transaction of its own: it stands if the download breaks off, and the trail is not held while it runs.
     */
    public void export(AuditQuery query, Writer out) {
        trail.recordAlone(AuditAction.EXPORTED_AUDIT, null, describe(query));
        write(out, CSV_HEADER);
        var time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(clock.getZone());
        events.forEach(query, entry -> write(out, Stream.of(entry.id(), time.format(entry.occurredAt()),
                entry.actorName(), entry.actorRole(), entry.action(), entry.patientName(), entry.address(),
                entry.detail()).map(value -> value == null ? "" : value.toString()).toList()));
    }

    /** What people other than the signed-in patient did with their record, newest first. */
    @PreAuthorize("hasRole('PATIENT')")
    public List<AuditEntry> othersOnMyRecord(int offset, int limit) {
        return events.othersOnRecordOf(currentUser.require().accountId(), offset, limit);
    }

    @PreAuthorize("hasRole('PATIENT')")
    public int countOthersOnMyRecord() {
        return events.countOthersOnRecordOf(currentUser.require().accountId());
    }

    /**
     * Recomputes the hash chain over the whole trail and records the outcome. A break is logged as an error and
     * shown to admins until a later check holds again (which it cannot, once a row was altered: the alarm stays).
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public AuditChainCheck checkChain() {
        var check = events.check(clock.instant());
        if (!check.holds()) {
            log.error("The audit trail's hash chain is broken at entry {}: rows were altered or removed",
                    check.firstBreak());
        } else {
            // a copy outside the database: a later rewrite of the whole chain would not end at this hash
            log.info("The audit trail's hash chain holds up to entry {}, hash {}", check.lastId(), check.lastHash());
        }
        trail.record(AuditAction.CHECKED_AUDIT_CHAIN, null,
                check.holds() ? "holds up to " + check.lastId() : "broken at " + check.firstBreak());
        return check;
    }

    public Optional<AuditChainCheck> lastCheck() {
        return events.lastCheck();
    }

    private static String describe(AuditQuery query) {
        return Stream.of(query.person().isBlank() ? null : "person " + query.person(),
                query.patient().isBlank() ? null : "patient " + query.patient(),
                query.action() == null ? null : query.action().name(),
                query.from() == null ? null : "from " + query.from(),
                query.until() == null ? null : "until " + query.until())
                .filter(part -> part != null).collect(Collectors.joining(", "));
    }

    /** One CSV line; a value a spreadsheet would run as a formula is prefixed with an apostrophe. */
    private static void write(Writer out, List<String> values) {
        try {
            out.write(values.stream().map(AuditLog::csv).collect(Collectors.joining(",")));
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("[^,\"\r\n]*") ? safe : "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
