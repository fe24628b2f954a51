package org.rehabit.security.service;

/** A therapist a patient can be assigned to. */
public record TherapistOption(long id, String displayName) {
}
