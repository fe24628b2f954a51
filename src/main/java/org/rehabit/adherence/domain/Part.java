package org.rehabit.adherence.domain;

import org.rehabit.catalog.domain.Dosage;

/** How much of a partly done exercise was done: {@code done} in {@code unit} (3 repetitions, 10 minutes ...). */
public record Part(int done, PartUnit unit) {

    /** The share of the prescribed amount done, from 0 to 1; 0 when the dosage prescribes nothing in the unit. */
    public double share(Dosage dosage) {
        var prescribed = unit.prescribed(dosage);
        return prescribed == null || prescribed == 0 ? 0 : Math.min(1, (double) done / prescribed);
    }
}
