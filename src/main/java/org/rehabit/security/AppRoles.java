package org.rehabit.security;

import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Role names for {@code @RolesAllowed}; they match {@link org.rehabit.security.domain.Role}. */
public final class AppRoles {

    public static final String ADMIN = "ADMIN";
    public static final String THERAPIST = "THERAPIST";
    public static final String PATIENT = "PATIENT";
    /** Not an account's role: what scheduled jobs run as (see {@link #runAsSystem}). */
    public static final String SYSTEM = "SYSTEM";

    private AppRoles() {
    }

    /** Runs work as the system, for scheduled jobs: services that allow {@code hasRole('SYSTEM')} let it through. */
    public static void runAsSystem(String jobName, Runnable work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(jobName, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + SYSTEM))));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
