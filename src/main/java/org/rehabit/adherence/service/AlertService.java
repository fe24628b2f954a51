package org.rehabit.adherence.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.rehabit.adherence.domain.AlertRecord;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.service.AccountService;
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

    private final DayRecords records;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AlertService(DayRecords records, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AlertRecord> openAlerts(long patientId) {
        mine(patientId);
        return records.openAlerts(patientId);
    }

    /** Every alert of the patient, open and resolved, newest first. */
    @Transactional(readOnly = true)
    public List<AlertRecord> history(long patientId) {
        mine(patientId);
        return records.alerts(patientId);
    }

    /** Says the therapist has seen it; it stays open until resolved. */
    public void acknowledge(long alertId) {
        var alert = alert(alertId);
        records.acknowledgeAlert(alert.id(), currentUser.require().accountId(), clock.instant());
    }

    /** Closes the alert with a note on what was done; the same condition can raise a new one later. */
    public void resolve(long alertId, String note) {
        var alert = alert(alertId);
        var text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of(AlertField.NOTE, "validation.required"));
        }
        if (text.length() > AlertRecord.NOTE_MAX_LENGTH) {
            throw new InvalidInputException(Map.of(AlertField.NOTE, "alerts.note-too-long"));
        }
        records.resolveAlert(alert.id(), text, currentUser.require().accountId(), clock.instant());
    }

    private AlertRecord alert(long alertId) {
        var alert = records.alert(alertId).orElseThrow(() -> new RecordNotFoundException("alert", alertId));
        if (accounts.myPatient(alert.patientId()).isEmpty()) {
            throw new RecordNotFoundException("alert", alertId);
        }
        return alert;
    }

    private void mine(long patientId) {
        accounts.myPatient(patientId).orElseThrow(() -> new RecordNotFoundException("patient", patientId));
    }
}
