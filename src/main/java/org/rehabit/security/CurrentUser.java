package org.rehabit.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The account signed in on this request or UI session; services use it for ownership checks. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy securityContextHolderStrategy;

    CurrentUser(SecurityContextHolderStrategy securityContextHolderStrategy) {
        this.securityContextHolderStrategy = securityContextHolderStrategy;
    }

    public Optional<AccountPrincipal> get() {
        var authentication = securityContextHolderStrategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** Whether scheduled work is running as the system (see {@link AppRoles#runAsSystem}). */
    public boolean isSystem() {
        var authentication = securityContextHolderStrategy.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + AppRoles.SYSTEM).equals(authority.getAuthority()));
    }

    public AccountPrincipal require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }
}
