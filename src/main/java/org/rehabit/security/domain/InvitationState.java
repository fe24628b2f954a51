package org.rehabit.security.domain;

/** What an activation link is worth when someone opens it. */
public enum InvitationState {
    VALID, EXPIRED, USED, REPLACED, UNKNOWN
}
