package org.rehabit.patients.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** What the therapist notes about a patient at intake; keyed by the patient's account id. */
@Entity
@Table(name = "patient_profile")
public class PatientProfile {

    public static final int CLINICAL_NOTES_MAX_LENGTH = 4000;
    public static final int RED_FLAGS_MAX_LENGTH = 2000;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 2);

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Version
    private long version;

    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "complaint_region", nullable = false)
    private ComplaintRegion complaintRegion;

    @Column(name = "clinical_notes")
    private String clinicalNotes;

    @Column(name = "intake_red_flags")
    private String intakeRedFlags;

    protected PatientProfile() {
    }

    public PatientProfile(long accountId) {
        this.accountId = accountId;
    }

    public void record(LocalDate dateOfBirth, ComplaintRegion complaintRegion, String clinicalNotes,
            String intakeRedFlags) {
        this.dateOfBirth = dateOfBirth;
        this.complaintRegion = complaintRegion;
        this.clinicalNotes = clinicalNotes;
        this.intakeRedFlags = intakeRedFlags;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public ComplaintRegion getComplaintRegion() {
        return complaintRegion;
    }

    public String getClinicalNotes() {
        return clinicalNotes;
    }

    public String getIntakeRedFlags() {
        return intakeRedFlags;
    }
}
