package org.rehabit.adherence.service;

import java.util.List;
import org.rehabit.adherence.domain.AlertRecord;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.service.AccountService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The alerts patients' reports raised, for their own therapist. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class AlertService {

    private final DayRecords records;
    private final AccountService accounts;

    AlertService(DayRecords records, AccountService accounts) {
        this.records = records;
        this.accounts = accounts;
    }

    public List<AlertRecord> openAlerts(long patientId) {
        accounts.myPatient(patientId).orElseThrow(() -> new RecordNotFoundException("patient", patientId));
        return records.openAlerts(patientId);
    }
}
