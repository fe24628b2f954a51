package org.rehabit.prescriptions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The weight a resistance exercise is done with, for example 2.5 kg in each hand. */
@Embeddable
public record Load(
        @Column(name = "load_amount") BigDecimal amount,
        @Enumerated(EnumType.STRING) @Column(name = "load_unit") LoadUnit unit) {

    public static final BigDecimal MAX = new BigDecimal("500");

    /** The amount without trailing zeros (2.50 and 2.5 are the same load; 10.0 is 10). */
    public Load {
        if (amount != null) {
            amount = amount.stripTrailingZeros();
            if (amount.scale() < 0) {
                amount = amount.setScale(0);
            }
        }
    }

    /**
     * The next lower load to suggest when this one is too heavy: about a tenth less, rounded down to the unit's step
     * and at least one step lower; empty when there is none above zero.
     */
    public Optional<Load> lower() {
        var step = unit.step();
        var tenthLess = amount.multiply(new BigDecimal("0.9")).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        var lower = tenthLess.min(amount.subtract(step));
        return lower.signum() > 0 ? Optional.of(new Load(lower, unit)) : Optional.empty();
    }
}
