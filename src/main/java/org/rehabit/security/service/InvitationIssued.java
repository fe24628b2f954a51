package org.rehabit.security.service;

import java.time.Instant;

/**
 * A therapist made an activation link for an invited patient: what an invitation e-mail needs. The token is the
 * only copy outside the patient's hands (the database keeps its hash); it must not be logged.
 */
public record InvitationIssued(long patientId, String email, String displayName, long invitationId, String token,
        Instant expiresAt) {
}
