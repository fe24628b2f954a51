package org.rehabit.base.ui;

import java.time.LocalDate;
import org.rehabit.base.service.Translator;

/**
 * Something another feature offers on each exercise card of the patient's day (asking the physiotherapist about the
 * exercise), so that the day need not know that feature. The day is drawn in the browser, so an action is a link.
 * Implementations are Spring beans, shown in their {@code @Order}.
 */
public interface ExerciseCardAction {

    CardLink create(long exerciseId, LocalDate day, Translator text);
}
