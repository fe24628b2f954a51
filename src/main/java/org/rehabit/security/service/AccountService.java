package org.rehabit.security.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.rehabit.base.domain.LikePattern;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Account;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AccountSummary;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account administration (admins), and the accounts of the patients therapists invite. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            CurrentUser currentUser, AccountSessions sessions, SignInThrottle throttle, AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.audit = audit;
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> search(String text, Role role, Pageable pageable) {
        return accounts.search(LikePattern.escaped(text), role, pageable);
    }

    @Transactional(readOnly = true)
    public List<TherapistOption> activeTherapists() {
        return accounts.findByRoleAndEnabledTrueOrderByDisplayName(Role.THERAPIST).stream()
                .map(therapist -> new TherapistOption(therapist.getId(), therapist.getDisplayName())).toList();
    }

    public long create(NewAccount input) {
        var username = normalized(input.username()).toLowerCase(Locale.ROOT);
        var email = normalized(input.email());
        var displayName = normalized(input.displayName());
        var problems = new EnumMap<AccountField, Problem>(AccountField.class);
        checkUsername(username, problems);
        checkEmail(email, problems);
        if (displayName.isEmpty()) {
            problems.put(AccountField.DISPLAY_NAME, Problem.of("validation.required"));
        } else if (displayName.length() > Account.DISPLAY_NAME_MAX_LENGTH) {
            problems.put(AccountField.DISPLAY_NAME, Problem.of("validation.too-long"));
        }
        passwordPolicy.problem(input.password(), username)
                .ifPresent(problem -> problems.put(AccountField.PASSWORD, problem));
        if (input.role() == null || input.role() == Role.ADMIN) {
            throw new IllegalArgumentException("Admins create therapist and patient accounts only");
        }
        Long therapistId = null;
        if (input.role() == Role.PATIENT) {
            therapistId = input.therapistId();
            if (therapistId == null || !isActiveTherapist(therapistId)) {
                problems.put(AccountField.THERAPIST, Problem.of("validation.required"));
            }
        }
        rejectIfAny(problems);
        var account = saveChecked(new Account(username, email, displayName,
                passwordEncoder.encode(input.password()), input.role(), therapistId, clock.instant()));
        audit(AuditAction.CREATED_ACCOUNT, account);
        return account.getId();
    }

    /**
     * A patient on the signed-in therapist's caseload who cannot sign in until they open their activation link.
     * The username is made from the e-mail address; patients may sign in with either.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    public long createInvitedPatient(String displayName, String email) {
        var name = normalized(displayName);
        var address = normalized(email);
        var problems = new EnumMap<AccountField, Problem>(AccountField.class);
        checkEmail(address, problems);
        if (name.isEmpty()) {
            problems.put(AccountField.DISPLAY_NAME, Problem.of("validation.required"));
        } else if (name.length() > Account.DISPLAY_NAME_MAX_LENGTH) {
            problems.put(AccountField.DISPLAY_NAME, Problem.of("validation.too-long"));
        }
        rejectIfAny(problems);
        // nobody knows this password; the account is disabled until the patient chooses their own
        var unusable = passwordEncoder.encode(UUID.randomUUID().toString());
        return saveChecked(Account.invitedPatient(freeUsername(address), address, name, unusable,
                currentUser.require().accountId(), clock.instant())).getId();
    }

    /** How many patients are on a therapist's caseload, for an admin about to deactivate them. */
    @Transactional(readOnly = true)
    public long caseloadSize(long therapistId) {
        return accounts.countPatientsOf(therapistId);
    }

    /**
     * Lets an account sign in, or stops it (ending its open sessions). A therapist who still has patients is not
     * deactivated: their patients' alerts would go unseen (see {@link #deactivateTherapist}).
     */
    public void setEnabled(long accountId, boolean enabled) {
        var account = find(accountId);
        if (!enabled && account.getId() == currentUser.require().accountId()) {
            throw new IllegalArgumentException("Admins cannot deactivate their own account");
        }
        var patients = account.getRole() == Role.THERAPIST ? accounts.countPatientsOf(accountId) : 0;
        if (!enabled && patients > 0) {
            rejectIfAny(Map.of(AccountField.THERAPIST, Problem.of("accounts.deactivate.has-patients", patients)));
        }
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.endAll(accountId);
        }
        audit(enabled ? AuditAction.REACTIVATED : AuditAction.DEACTIVATED, account);
    }

    /** Deactivates a therapist after moving all their patients to another active therapist, in one step. */
    public void deactivateTherapist(long therapistId, long successorId) {
        var therapist = find(therapistId);
        if (therapist.getRole() != Role.THERAPIST) {
            throw new IllegalArgumentException("Account " + therapistId + " is not a therapist");
        }
        if (successorId == therapistId || !isActiveTherapist(successorId)) {
            rejectIfAny(Map.of(AccountField.THERAPIST, Problem.of("validation.required")));
        }
        therapist.setEnabled(false);
        accounts.movePatients(therapistId, successorId);
        sessions.endAll(therapistId);
        audit.record(AuditAction.DEACTIVATED, null,
                "account " + therapistId + " (" + therapist.getUsername() + "), patients to account " + successorId);
    }

    public void resetPassword(long accountId, String newPassword) {
        var account = find(accountId);
        passwordPolicy.problem(newPassword, account.getUsername())
                .ifPresent(problem -> rejectIfAny(Map.of(AccountField.PASSWORD, problem)));
        account.resetPassword(passwordEncoder.encode(newPassword));
        sessions.endAll(accountId);
        audit(AuditAction.RESET_PASSWORD, account);
    }

    /** Lets an account whose sign-in is paused after wrong passwords sign in again at once. */
    public void allowSignIn(long accountId) {
        var account = find(accountId);
        throttle.clear(account.getId());
        audit(AuditAction.ALLOWED_SIGN_IN, account);
    }

    public void reassignPatient(long patientId, long therapistId) {
        var patient = find(patientId);
        if (patient.getRole() != Role.PATIENT) {
            throw new IllegalArgumentException("Account " + patientId + " is not a patient");
        }
        if (!isActiveTherapist(therapistId)) {
            rejectIfAny(Map.of(AccountField.THERAPIST, Problem.of("validation.required")));
        }
        patient.assignTherapist(therapistId);
        audit.record(AuditAction.REASSIGNED, patientId, "to account " + therapistId);
    }

    /**
     * Display names of therapists and admins, to say who prescribed or confirmed something. Any signed-in user may
     * ask: staff names appear on patients' handouts anyway. Patients' names are never returned.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, String> staffNames(Collection<Long> accountIds) {
        return accounts.findAllById(accountIds).stream().filter(a -> a.getRole() != Role.PATIENT)
                .collect(Collectors.toMap(Account::getId, Account::getDisplayName));
    }

    /** Records an admin's action on an account: a patient's goes on their record, a staff member's names them. */
    private void audit(AuditAction action, Account account) {
        audit.record(action, account.getRole() == Role.PATIENT ? account.getId() : null,
                "account " + account.getId() + " (" + account.getUsername() + ")");
    }

    private Account find(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new RecordNotFoundException("account", accountId));
    }

    /** The e-mail's local part, reduced to the username alphabet, with a number added if it is taken. */
    private String freeUsername(String email) {
        var local = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        var base = local.length() < Account.USERNAME_MIN_LENGTH ? "patient" : local.substring(0, Math.min(40,
                local.length()));
        var candidate = base;
        for (var n = 2; accounts.existsByUsername(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private boolean isActiveTherapist(long accountId) {
        return accounts.findById(accountId).filter(a -> a.getRole() == Role.THERAPIST && a.isEnabled()).isPresent();
    }

    private void checkUsername(String username, Map<AccountField, Problem> problems) {
        if (username.isEmpty()) {
            problems.put(AccountField.USERNAME, Problem.of("validation.required"));
        } else if (!Account.USERNAME_PATTERN.matcher(username).matches()) {
            problems.put(AccountField.USERNAME, Problem.of("validation.username.format"));
        } else if (accounts.existsByUsername(username)) {
            problems.put(AccountField.USERNAME, Problem.of("validation.username.taken"));
        }
    }

    private void checkEmail(String email, Map<AccountField, Problem> problems) {
        if (email.isEmpty()) {
            problems.put(AccountField.EMAIL, Problem.of("validation.required"));
        } else if (email.length() > Account.EMAIL_MAX_LENGTH || !Account.EMAIL_PATTERN.matcher(email).matches()) {
            problems.put(AccountField.EMAIL, Problem.of("validation.email.format"));
        } else if (accounts.existsByEmailIgnoringCase(email)) {
            problems.put(AccountField.EMAIL, Problem.of("validation.email.taken"));
        }
    }

    /** The unique indexes settle a race between two admins creating the same account at once. */
    private Account saveChecked(Account account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException e) {
            var message = String.valueOf(e.getMostSpecificCause().getMessage());
            if (message.contains("account_username_unique")) {
                rejectIfAny(Map.of(AccountField.USERNAME, Problem.of("validation.username.taken")));
            } else if (message.contains("account_email_unique")) {
                rejectIfAny(Map.of(AccountField.EMAIL, Problem.of("validation.email.taken")));
            }
            throw e;
        }
    }

    private static String normalized(String value) {
        return value == null ? "" : value.strip();
    }

}
