package org.rehabit.security.service;

import org.rehabit.security.AccountPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every open session of an account; its next request goes to the sign-in page. */
@Component
class AccountSessions {

    private final SessionRegistry sessionRegistry;

    AccountSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    void endAll(long accountId) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof AccountPrincipal account && account.accountId() == accountId)
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
