package org.rehabit.security;

/** Role names for {@code @RolesAllowed}; they match {@link org.rehabit.security.domain.Role}. */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String THERAPIST = "THERAPIST";
    public static final String PATIENT = "PATIENT";

    private AppRoles() {
    }
}
