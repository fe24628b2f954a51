package org.rehabit.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of a patient's page contributed by another feature (their routines, later their progress), so that the
 * patients feature need not know those features. Implementations are Spring beans, shown in their {@code @Order}.
 */
public interface PatientPageSection {

    Component create(long patientId);
}
