package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/**
 * Something another feature offers on each open alert of a patient (writing to the patient, changing the routine,
 * opening the day), so that the alerts need not know that feature. Implementations are Spring beans, shown in their
 * {@code @Order}.
 *
 * @see #create(OpenAlert)
 */
public interface AlertAction {

    /**
     * The alert acted on: {@code kind} is its kind's name (RED_FLAG, PAIN_STOP ...), {@code day} the day it is about,
     * {@code exerciseId} the exercise it is about (null: none).
     */
    record OpenAlert(long patientId, String kind, LocalDate day, Long exerciseId) {
    }

    Component create(OpenAlert alert);
}
