package org.rehabit.security.service;

import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in by username or e-mail address, ignoring case. */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String usernameOrEmail) {
        var login = usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT);
        var found = login.contains("@") ? accounts.findByEmailIgnoringCase(login) : accounts.findByUsername(login);
        return found
                .map(account -> new AccountPrincipal(account.getId(), account.getUsername(),
                        account.getDisplayName(), account.getRole(), account.isEnabled(), account.getPasswordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
