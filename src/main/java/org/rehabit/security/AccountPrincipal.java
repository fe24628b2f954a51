package org.rehabit.security;

import java.util.Collection;
import java.util.List;
import org.rehabit.base.ui.SignedInUser;
import org.rehabit.security.domain.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account as Spring Security keeps it in the session; the password hash is erased after login. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, SignedInUser {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private String passwordHash;

    public AccountPrincipal(long accountId, String username, String displayName, Role role, boolean enabled,
            String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String roleName() {
        return role.name();
    }

    public Role role() {
        return role;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
