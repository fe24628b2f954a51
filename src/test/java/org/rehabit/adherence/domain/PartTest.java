package org.rehabit.adherence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rehabit.catalog.domain.Dosage;

/** "Partly done" in the unit the dosage is counted in, and the share adherence counts for it. */
class PartTest {

    @Test
    void the_unit_is_sets_then_repetitions_then_minutes_or_the_seconds_of_a_single_hold() {
        assertThat(PartUnit.of(new Dosage(3, 10, null, null, null))).contains(PartUnit.SETS);
        assertThat(PartUnit.of(new Dosage(1, 5, 5, null, null))).contains(PartUnit.REPS);
        assertThat(PartUnit.of(new Dosage(null, null, null, null, 20))).contains(PartUnit.MINUTES);
        assertThat(PartUnit.of(new Dosage(1, 1, 30, null, null))).contains(PartUnit.SECONDS);
        assertThat(PartUnit.of(new Dosage(1, 1, null, null, null))).as("done or not").isEmpty();
        assertThat(PartUnit.of(Dosage.NONE)).isEmpty();
    }

    @Test
    void adherence_counts_the_share_done_in_any_unit() {
        assertThat(Adherence.credit(LogStatus.PARTLY, new Part(3, PartUnit.REPS), new Dosage(1, 5, 5, null, null)))
                .isEqualTo(0.6);
        assertThat(Adherence.credit(LogStatus.PARTLY, new Part(10, PartUnit.MINUTES),
                new Dosage(null, null, null, null, 20))).isEqualTo(0.5);
        assertThat(Adherence.credit(LogStatus.PARTLY, new Part(2, PartUnit.SETS), new Dosage(3, 10, null, null,
                null))).isEqualTo(2.0 / 3);
        assertThat(Adherence.credit(LogStatus.PARTLY, new Part(20, PartUnit.SECONDS), new Dosage(1, 1, 30, null,
                null))).isEqualTo(2.0 / 3);
        assertThat(Adherence.credit(LogStatus.PARTLY, new Part(3, PartUnit.MINUTES), new Dosage(1, 5, 5, null,
                null))).as("nothing prescribed in that unit").isZero();
        assertThat(Adherence.credit(LogStatus.DONE, null, Dosage.NONE)).isEqualTo(1);
        assertThat(Adherence.credit(LogStatus.SKIPPED, null, Dosage.NONE)).isZero();
    }
}
