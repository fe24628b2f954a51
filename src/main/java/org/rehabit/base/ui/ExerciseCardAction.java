package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/**
 * Something another feature offers on each exercise card of the patient's day (asking the physiotherapist about the
 * exercise), so that the day need not know that feature. Implementations are Spring beans, shown in their
 * {@code @Order}.
 */
public interface ExerciseCardAction {

    Component create(long exerciseId, LocalDate day);
}
