package org.rehabit.security.domain;

import java.time.Instant;

/** A session an account signed in to: on which device, from where, since when, last used when. */
public record SignedInSession(long id, String device, String address, Instant signedInAt, Instant lastUsedAt) {
}
