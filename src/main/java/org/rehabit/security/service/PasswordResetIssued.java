package org.rehabit.security.service;

/**
 * Someone asked for a "forgot password" link for an account: what the e-mail to its address needs. The token is the
 * only copy (the database keeps its hash); it must not be logged.
 */
public record PasswordResetIssued(long accountId, String email, String displayName, long linkId, String token) {
}
