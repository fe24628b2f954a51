package org.rehabit.prescriptions.service;

import java.util.Map;
import org.rehabit.base.service.InvalidInputException;

/** A routine the service refused: problems with the routine's own fields and, by item position, with its items. */
public class RoutineRejectedException extends InvalidInputException {

    private final Map<Integer, Map<ItemField, String>> itemProblems;

    RoutineRejectedException(Map<RoutineField, String> problems, Map<Integer, Map<ItemField, String>> itemProblems) {
        super(problems);
        this.itemProblems = Map.copyOf(itemProblems);
    }

    public Map<Integer, Map<ItemField, String>> itemProblems() {
        return itemProblems;
    }
}
