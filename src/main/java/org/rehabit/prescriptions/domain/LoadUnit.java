package org.rehabit.prescriptions.domain;

import java.math.BigDecimal;

/** The unit a clinic gives loads in, and the smallest step between two loads in it. */
public enum LoadUnit {
    KG(new BigDecimal("0.5")), LB(BigDecimal.ONE);

    private final BigDecimal step;

    LoadUnit(BigDecimal step) {
        this.step = step;
    }

    public BigDecimal step() {
        return step;
    }
}
