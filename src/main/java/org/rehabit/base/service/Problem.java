package org.rehabit.base.service;

import java.util.List;

/**
 * Why a field's input was refused: the translation key of the message and the values for its placeholders, so one
 * key serves every range ("Enter a whole number from {0} to {1}.").
 */
public record Problem(String key, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, List.of(arguments));
    }

    @Override
    public String toString() {
        return arguments.isEmpty() ? key : key + arguments;
    }
}
