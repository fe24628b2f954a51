package org.rehabit.catalog.service;

import java.util.ArrayList;
import org.rehabit.base.service.Translator;
import org.rehabit.catalog.domain.Dosage;

/** A dosage in plain words, the same on screen and on paper: "2 sets, 10 reps, hold 5 s, each side". */
public final class DosageText {

    private DosageText() {
    }

    public static String describe(Dosage dosage, Translator text) {
        var parts = new ArrayList<String>();
        if (dosage.minutes() != null) {
            parts.add(text.translate("dosage.minutes", dosage.minutes()));
        }
        if (dosage.sets() != null) {
            parts.add(text.translate("dosage.sets", dosage.sets()));
        }
        if (dosage.reps() != null) {
            parts.add(text.translate("dosage.reps", dosage.reps()));
        }
        if (dosage.holdSeconds() != null && dosage.holdSeconds() > 0) {
            parts.add(text.translate("dosage.hold", dosage.holdSeconds()));
        }
        if (dosage.side() != null) {
            parts.add(text.translate("dosage.side." + dosage.side().name()));
        }
        return String.join(", ", parts);
    }
}
