package org.rehabit.security.service;

import org.rehabit.security.domain.InvitationState;

/** The state of an activation link and, when it is valid, the username it activates. */
public record InvitationCheck(InvitationState state, String username) {
}
