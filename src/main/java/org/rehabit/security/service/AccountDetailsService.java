package org.rehabit.security.service;

import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. Usernames are stored in lower case, so sign-in ignores case. */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(account -> new AccountPrincipal(account.getId(), account.getUsername(),
                        account.getDisplayName(), account.getRole(), account.isEnabled(), account.getPasswordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
