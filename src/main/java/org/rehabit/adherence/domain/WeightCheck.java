package org.rehabit.adherence.domain;

import org.rehabit.prescriptions.domain.StopRule;
import org.rehabit.prescriptions.service.ItemDetails;

/**
 * Safety rule 3, lifting: a load is too heavy when the patient rates the exercise hard with it, or pain rises during
 * it (above the session's "before" score, or any pain without one). Then the patient is told to lower the weight,
 * with the next lower load, and the therapist sees it on the day.
 */
public final class WeightCheck {

    private WeightCheck() {
    }

    public static boolean tooHeavy(ItemDetails item, LogRecord log, Integer painBefore) {
        if (item.prescription().load() == null || log == null) {
            return false;
        }
        return log.difficulty() == Difficulty.HARD || StopRule.rose(log.pain(), painBefore);
    }
}
