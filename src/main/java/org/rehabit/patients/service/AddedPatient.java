package org.rehabit.patients.service;

/** A newly invited patient and the one-time activation token to hand over (shown once, never stored). */
public record AddedPatient(long id, String username, String activationToken) {
}
