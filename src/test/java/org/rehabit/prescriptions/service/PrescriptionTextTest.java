package org.rehabit.prescriptions.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.prescriptions.service.RoutineHandoutTest.englishTranslations;

import org.junit.jupiter.api.Test;
import org.rehabit.base.service.Translator;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.PrescribedExercise;

/** Doses in words, as the exercise cards, the routine page and the handout print them. */
class PrescriptionTextTest {

    private final Translator text = englishTranslations();

    @Test
    void rest_between_sets_is_mentioned_only_when_there_are_sets_to_rest_between() {
        assertThat(PrescriptionText.dosage(
                new PrescribedExercise(1L, new Dosage(2, 10, null, null, null), 30, null, null, null, null),
                text)).isEqualTo("2 sets, 10 reps, rest 30 s between sets");
        assertThat(PrescriptionText.dosage(
                new PrescribedExercise(1L, new Dosage(1, 5, 5, null, null), 30, null, null, null, null),
                text)).isEqualTo("1 set, 5 reps, hold 5 s");
    }
}
