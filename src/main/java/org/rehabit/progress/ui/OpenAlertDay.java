package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import org.rehabit.base.ui.AlertAction;
import org.springframework.core.annotation.Order;

/** On each open alert: a link to the patient's day it is about, with what was recorded and said that day. */
@org.springframework.stereotype.Component
@Order(3)
class OpenAlertDay implements AlertAction {

    @Override
    public Component create(OpenAlert alert) {
        var link = PatientDayView.link("", alert.patientId(), alert.day());
        link.setText(link.getTranslation("patient-day.open"));
        link.addClassName("open-alert-day");
        return link;
    }
}
