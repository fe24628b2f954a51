package org.rehabit.prescriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rehabit.catalog.domain.Dosage;

/** When pain stops an exercise, and the lighter load suggested when one is too heavy. */
class StopRuleTest {

    private static final Dosage DOSE = new Dosage(2, 10, null, null, null);

    @Test
    void by_default_pain_of_7_or_a_rise_of_3_stops_an_exercise() {
        var rule = StopRule.of(prescription(null, null), false);

        assertThat(rule.mustStop(7, null)).isTrue();
        assertThat(rule.mustStop(6, null)).isFalse();
        assertThat(rule.mustStop(5, 2)).isTrue();
        assertThat(rule.mustStop(4, 2)).isFalse();
        assertThat(rule.mustStop(null, 2)).as("unknown pain never stops").isFalse();
    }

    @Test
    void a_therapist_may_set_the_limits_of_one_exercise() {
        var rule = StopRule.of(prescription(5, 1), false);

        assertThat(rule.mustStop(5, null)).isTrue();
        assertThat(rule.mustStop(3, 2)).isTrue();
        assertThat(rule.mustStop(2, 2)).isFalse();
    }

    @Test
    void a_neck_exercise_stops_at_any_rise_in_pain_whatever_the_limits() {
        var rule = StopRule.of(prescription(8, 4), true);

        assertThat(rule.mustStop(3, 2)).isTrue();
        assertThat(rule.mustStop(2, 2)).as("no rise").isFalse();
        assertThat(rule.mustStop(1, 3)).isFalse();
        assertThat(rule.mustStop(1, null)).as("any pain, with no score before").isTrue();
        assertThat(rule.mustStop(0, null)).isFalse();
    }

    @Test
    void a_load_too_heavy_suggests_about_a_tenth_less_in_the_units_steps() {
        assertThat(load("2.5", LoadUnit.KG).lower()).contains(load("2", LoadUnit.KG));
        assertThat(load("10", LoadUnit.KG).lower()).contains(load("9", LoadUnit.KG));
        assertThat(load("20", LoadUnit.LB).lower()).contains(load("18", LoadUnit.LB));
        assertThat(load("5", LoadUnit.LB).lower()).contains(load("4", LoadUnit.LB));
        assertThat(load("0.5", LoadUnit.KG).lower()).as("nothing lighter than the lightest step").isEmpty();
        assertThat(load("2.50", LoadUnit.KG)).isEqualTo(load("2.5", LoadUnit.KG));
        assertThat(load("10.0", LoadUnit.KG).amount().toPlainString()).isEqualTo("10");
    }

    private static PrescribedExercise prescription(Integer stopAt, Integer stopRise) {
        return new PrescribedExercise(1L, DOSE, null, null, null, stopAt, stopRise);
    }

    private static Load load(String amount, LoadUnit unit) {
        return new Load(new BigDecimal(amount), unit);
    }
}
