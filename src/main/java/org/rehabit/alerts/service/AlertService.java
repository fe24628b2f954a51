package org.rehabit.alerts.service;

import java.time.Clock;
import java.util.List;
import org.rehabit.alerts.domain.AlertRecord;
import org.rehabit.alerts.domain.Alerts;
import org.rehabit.alerts.domain.CaseloadAlert;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.service.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alerts patients' records raised, for their own therapist: read, acknowledge, resolve with a note. */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class AlertService {

    /** The field a refusal points at. */
    public enum AlertField { NOTE }

    private final Alerts alerts;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    AlertService(Alerts alerts, PatientAccess access, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.alerts = alerts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AlertRecord> openAlerts(long patientId) {
        access.check(patientId);
        return alerts.openOfPatient(patientId);
    }

    /** The open alerts of all the signed-in therapist's patients, newest first. */
    @Transactional(readOnly = true)
    public List<CaseloadAlert> openAlertsOfMyPatients() {
        return alerts.openOfTherapist(currentUser.require().accountId());
    }

    /** Every alert of the patient, open and resolved, newest first. */
    @Transactional(readOnly = true)
    public List<AlertRecord> history(long patientId) {
        access.check(patientId);
        return alerts.ofPatient(patientId);
    }

    /** Says the therapist has seen it; it stays open until resolved. */
    public void acknowledge(long alertId) {
        var alert = alert(alertId);
        alerts.acknowledge(alert.id(), currentUser.require().accountId(), clock.instant());
        audit.record(AuditAction.ACKNOWLEDGED_ALERT, alert.patientId(), "alert " + alertId);
    }

    /** Closes the alert with a note on what was done; the same condition can raise a new one later. */
    public void resolve(long alertId, String note) {
        var alert = alert(alertId);
        var text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of(AlertField.NOTE, "validation.required");
        }
        if (text.length() > AlertRecord.NOTE_MAX_LENGTH) {
            throw InvalidInputException.of(AlertField.NOTE, "alerts.note-too-long", AlertRecord.NOTE_MAX_LENGTH);
        }
        alerts.resolve(alert.id(), text, currentUser.require().accountId(), clock.instant());
        audit.record(AuditAction.RESOLVED_ALERT, alert.patientId(), "alert " + alertId);
    }

    private AlertRecord alert(long alertId) {
        return alerts.find(alertId).filter(alert -> access.may(alert.patientId()))
                .orElseThrow(() -> new RecordNotFoundException("alert", alertId));
    }
}
