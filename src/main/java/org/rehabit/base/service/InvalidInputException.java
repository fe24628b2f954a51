package org.rehabit.base.service;

import java.util.Map;

/** Input a service refused: for each bad field, the translation key of the message to show beside it. */
public class InvalidInputException extends RuntimeException {

    private final Map<Enum<?>, String> problems;

    public InvalidInputException(Map<? extends Enum<?>, String> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Enum<?>, String> problems() {
        return problems;
    }

    /** Throws when there is at least one problem. */
    public static void rejectIfAny(Map<? extends Enum<?>, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
