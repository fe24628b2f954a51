package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/**
 * Something another feature offers on each open alert of a patient (writing to the patient about it), so that the
 * alerts need not know that feature. Implementations are Spring beans, shown in their {@code @Order}.
 *
 * @see #create(long, String, LocalDate)
 */
public interface AlertAction {

    /** {@code kind}: the alert kind's name (RED_FLAG, PAIN_STOP ...); {@code day}: the day it is about. */
    Component create(long patientId, String kind, LocalDate day);
}
