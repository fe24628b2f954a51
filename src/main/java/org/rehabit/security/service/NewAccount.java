package org.rehabit.security.service;

import org.rehabit.security.domain.Role;

/** What an admin enters to create an account; {@code therapistId} is required for patients only. */
public record NewAccount(Role role, String username, String displayName, String email, String password,
        Long therapistId) {
}
