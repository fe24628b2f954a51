package org.rehabit.prescriptions.service;

import java.util.Map;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;

/** A routine the service refused: problems with the routine's own fields and, by item position, with its items. */
public class RoutineRejectedException extends InvalidInputException {

    private final Map<Integer, Map<ItemField, Problem>> itemProblems;

    RoutineRejectedException(Map<RoutineField, Problem> problems, Map<Integer, Map<ItemField, Problem>> itemProblems) {
        super(problems);
        this.itemProblems = Map.copyOf(itemProblems);
    }

    public Map<Integer, Map<ItemField, Problem>> itemProblems() {
        return itemProblems;
    }
}
