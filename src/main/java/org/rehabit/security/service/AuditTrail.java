package org.rehabit.security.service;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.AuditEvents;
import org.rehabit.security.domain.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records who did what to whose record, from which address, in the caller's transaction: a write and its audit row
 * are committed together or not at all. Every feature's services call it; it finds the actor and the address itself.
 * Appending holds the trail until the transaction ends (the rows are chained in commit order), so callers record as
 * the last step of their work.
 */
@Component
@Transactional
public class AuditTrail {

    static final int MAX_DETAIL = 300, MAX_ADDRESS = 45;
    /** The role recorded for scheduled work, and for requests nobody is signed in to (a failed sign-in). */
    static final String SYSTEM = "SYSTEM", NOBODY = "NOBODY";

    private final AuditEvents events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(AuditEvents events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A change, or anything not about one patient ({@code patientId} null). */
    public void record(AuditAction action, Long patientId, String detail) {
        var me = currentUser.get();
        if (me.isPresent()) {
            recordAs(me.get().accountId(), me.get().role(), action, patientId, detail);
        } else {
            events.append(clock.instant(), null, currentUser.isSystem() ? SYSTEM : NOBODY, action, patientId,
                    address(), cut(detail));
        }
    }

    /** Like {@link #record}, committed at once whatever the caller's transaction does. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditAction action, Long patientId, String detail) {
        record(action, patientId, detail);
    }

    /**
     * Someone opened a patient's record. A patient reading their own record and the system's scheduled reads are not
     * recorded: the trail is about who else saw it.
     */
    public void viewed(AuditAction action, long patientId, String detail) {
        currentUser.get().filter(me -> me.accountId() != patientId)
                .ifPresent(me -> recordAs(me.accountId(), me.role(), action, patientId, detail));
    }

    /** For what an account does before it is the current user: signing in, activating. */
    public void recordAs(long actorId, Role role, AuditAction action, Long patientId, String detail) {
        events.append(clock.instant(), actorId, role.name(), action, patientId, address(), cut(detail));
    }

    private static String address() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? address(request.getRequest())
                : null;
    }

    /** The client's address as the audit trail and the list of sessions keep it. */
    static String address(HttpServletRequest request) {
        return cut(request.getRemoteAddr(), MAX_ADDRESS);
    }

    private static String cut(String detail) {
        return cut(detail, MAX_DETAIL);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
