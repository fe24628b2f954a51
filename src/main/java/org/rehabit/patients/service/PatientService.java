package org.rehabit.patients.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.patients.domain.PatientProfile;
import org.rehabit.patients.domain.PatientProfileRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.PatientSummary;
import org.rehabit.security.service.AccountService;
import org.rehabit.security.service.AuditTrail;
import org.rehabit.security.service.InvitationService;
import org.rehabit.security.service.PatientAccounts;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's own patients: adding (with an activation link), intake notes, new links. Never another's. */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class PatientService {

    private final AccountService accounts;
    private final PatientAccounts patientAccounts;
    private final PatientAccess access;
    private final InvitationService invitations;
    private final PatientProfileRepository profiles;
    private final AuditTrail audit;
    private final Clock clock;

    PatientService(AccountService accounts, PatientAccounts patientAccounts, PatientAccess access,
            InvitationService invitations, PatientProfileRepository profiles, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.patientAccounts = patientAccounts;
        this.access = access;
        this.invitations = invitations;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates the invited account and its intake in one transaction. The account's checks (name, e-mail) and the
     * intake's are reported together; when any fails, nothing is saved.
     */
    public AddedPatient add(String name, String email, Intake intake) {
        var problems = new HashMap<Enum<?>, Problem>(problems(intake));
        long id;
        try {
            id = accounts.createInvitedPatient(name, email);
        } catch (InvalidInputException e) {
            problems.putAll(e.problems());
            throw new InvalidInputException(problems);
        }
        rejectIfAny(problems);
        var profile = new PatientProfile(id);
        record(profile, intake);
        profiles.save(profile);
        var patient = access.myPatient(id);
        audit.record(AuditAction.ADDED_PATIENT, id, null);
        return new AddedPatient(id, patient.username(), invitations.issue(id));
    }

    /** The signed-in therapist's caseload, searchable by name or e-mail. */
    @Transactional(readOnly = true)
    public Page<PatientSummary> caseload(String text, Pageable pageable) {
        return patientAccounts.search(text, pageable);
    }

    public PatientDetails get(long patientId) {
        var patient = access.myPatient(patientId);
        var profile = profiles.findById(patientId).orElseGet(() -> new PatientProfile(patientId));
        audit.viewed(AuditAction.VIEWED_PATIENT, patientId, null);
        return new PatientDetails(patient, new Intake(profile.getDateOfBirth(), profile.getComplaintRegion(),
                profile.getClinicalNotes(), profile.getIntakeRedFlags()), profile.getVersion());
    }

    public void updateIntake(long patientId, long openedVersion, Intake intake) {
        access.myPatient(patientId);
        rejectIfAny(problems(intake));
        var profile = profiles.findById(patientId).orElseGet(() -> new PatientProfile(patientId));
        if (profile.getVersion() != openedVersion) {
            throw new ConcurrentEditException("Patient " + patientId);
        }
        record(profile, intake);
        profiles.saveAndFlush(profile);
        // what it said before is kept in change_history by the database
        audit.record(AuditAction.CHANGED_INTAKE, patientId, "version " + profile.getVersion());
    }

    /** A fresh activation link for a patient who has not activated yet; the old link stops working. */
    public String newActivationLink(long patientId) {
        access.myPatient(patientId);
        var link = invitations.issue(patientId);
        audit.record(AuditAction.ISSUED_ACTIVATION_LINK, patientId, null);
        return link;
    }

    private Map<PatientField, Problem> problems(Intake intake) {
        var problems = new EnumMap<PatientField, Problem>(PatientField.class);
        if (intake.complaintRegion() == null) {
            problems.put(PatientField.COMPLAINT_REGION, Problem.of("validation.required"));
        }
        var born = intake.dateOfBirth();
        if (born != null && (born.isBefore(PatientProfile.EARLIEST_BIRTH_DATE) || born.isAfter(LocalDate.now(clock)))) {
            problems.put(PatientField.DATE_OF_BIRTH, Problem.of("validation.patients.birth-date"));
        }
        if (intake.clinicalNotes() != null
                && intake.clinicalNotes().length() > PatientProfile.CLINICAL_NOTES_MAX_LENGTH) {
            problems.put(PatientField.CLINICAL_NOTES, Problem.of("validation.too-long"));
        }
        if (intake.redFlags() != null && intake.redFlags().length() > PatientProfile.RED_FLAGS_MAX_LENGTH) {
            problems.put(PatientField.RED_FLAGS, Problem.of("validation.too-long"));
        }
        return problems;
    }

    private static void record(PatientProfile profile, Intake intake) {
        profile.record(intake.dateOfBirth(), intake.complaintRegion(), blankToNull(intake.clinicalNotes()),
                blankToNull(intake.redFlags()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
