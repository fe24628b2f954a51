package org.rehabit.security.service;

/** No account with that id; the UI shows it like any other record the user cannot reach. */
public class AccountNotFoundException extends RuntimeException {

    AccountNotFoundException(long accountId) {
        super("No account " + accountId);
    }
}
