package org.rehabit.security.service;

import java.util.Map;

/** Rejected account input: for each bad field, the translation key of the message to show beside it. */
public class AccountValidationException extends RuntimeException {

    private final Map<AccountField, String> problems;

    AccountValidationException(Map<AccountField, String> problems) {
        super("Invalid account input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<AccountField, String> problems() {
        return problems;
    }
}
