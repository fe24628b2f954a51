package org.rehabit.adherence.service;

import java.util.UUID;
import org.rehabit.base.service.Problem;

/**
 * What became of one action: applied now (with the exercise's outcome for an exercise entry), applied before under
 * the same key (nothing changed), or refused with the reason.
 */
public record ActionResult(UUID key, Result result, LogOutcome outcome, Problem problem) {

    public enum Result { APPLIED, ALREADY_APPLIED, REFUSED }

    static ActionResult applied(UUID key, LogOutcome outcome) {
        return new ActionResult(key, Result.APPLIED, outcome, null);
    }

    static ActionResult alreadyApplied(UUID key) {
        return new ActionResult(key, Result.ALREADY_APPLIED, null, null);
    }

    static ActionResult refused(UUID key, Problem problem) {
        return new ActionResult(key, Result.REFUSED, null, problem);
    }
}
