package org.rehabit.adherence.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Applies what the signed-in patient's phone sends for a day, in the order it was done, each action exactly once and
 * in a transaction of its own ({@link PatientDayService#apply}): its key is stored with its effect, so a queue sent
 * again (after a lost answer, or from a phone that was offline) changes nothing twice. The rules, the stop rule's
 * alert and the audit are the same as for any other entry. A refused action is answered with its reason and leaves
 * the others to go on.
 */
@Service
@PreAuthorize("hasRole('PATIENT')")
public class DayActions {

    private final PatientDayService days;

    DayActions(PatientDayService days) {
        this.days = days;
    }

    public List<ActionResult> apply(LocalDate day, List<? extends DayAction> actions) {
        var results = new ArrayList<ActionResult>();
        for (var action : actions) {
            results.add(applyOne(day, action));
        }
        return results;
    }

    private ActionResult applyOne(LocalDate day, DayAction action) {
        try {
            return days.apply(day, action);
        } catch (InvalidInputException e) {
            return ActionResult.refused(action.key(), e.problems().values().iterator().next());
        } catch (RecordNotFoundException e) {
            return ActionResult.refused(action.key(), Problem.of("day.exercise-unknown"));
        }
    }
}
