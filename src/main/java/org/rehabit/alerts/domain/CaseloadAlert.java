package org.rehabit.alerts.domain;

import java.time.LocalDate;

/** An open alert on the dashboard, with its patient's name. */
public record CaseloadAlert(long id, long patientId, String patientName, AlertKind kind, LocalDate day,
        String detail, int times, boolean acknowledged) {
}
