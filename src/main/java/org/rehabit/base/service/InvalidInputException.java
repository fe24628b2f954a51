package org.rehabit.base.service;

import java.util.Map;

/** Input a service refused: for each bad field, the problem to show beside it. */
public class InvalidInputException extends RuntimeException {

    private final Map<Enum<?>, Problem> problems;

    public InvalidInputException(Map<? extends Enum<?>, Problem> problems) {
        super("Invalid input: " + problems);
        this.problems = Map.copyOf(problems);
    }

    /** One field refused, with the translation key of the message and its placeholders' values. */
    public static InvalidInputException of(Enum<?> field, String key, Object... arguments) {
        return new InvalidInputException(Map.of(field, Problem.of(key, arguments)));
    }

    public Map<Enum<?>, Problem> problems() {
        return problems;
    }

    /** Throws when there is at least one problem. */
    public static void rejectIfAny(Map<? extends Enum<?>, Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
