package org.rehabit.progress.service;

import java.util.List;
import org.rehabit.alerts.domain.CaseloadAlert;

/** The therapist's dashboard: every patient, those needing attention first, and the open alerts, newest first. */
public record Caseload(List<CaseloadRow> patients, List<CaseloadAlert> openAlerts) {
}
