package org.rehabit.security.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;
import static org.rehabit.security.service.OneTimeTokens.hash;
import static org.rehabit.security.service.OneTimeTokens.newToken;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Invitation;
import org.rehabit.security.domain.InvitationRepository;
import org.rehabit.security.domain.InvitationState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activation links for invited patients: random 256-bit tokens, stored only as SHA-256 hashes, valid for 7 days and
 * usable once. Issuing a new link for a patient replaces the open one.
 */
@Service
@Transactional
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);
    /** Where an activation link leads: {@code /activate/<token>}. */
    public static final String ACTIVATION_PATH = "activate";

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final PatientAccounts patientAccounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, AccountRepository accounts, PatientAccounts patientAccounts,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, CurrentUser currentUser, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.invitations = invitations;
        this.audit = audit;
        this.accounts = accounts;
        this.patientAccounts = patientAccounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new link for one of the signed-in therapist's invited patients; returns the token, shown only now. */
    @PreAuthorize("hasRole('THERAPIST')")
    public String issue(long patientId) {
        var therapistId = currentUser.require().accountId();
        var patient = patientAccounts.find(patientId)
                .orElseThrow(() -> new RecordNotFoundException("patient", patientId));
        if (!patient.invited()) {
            throw new IllegalStateException("Patient " + patientId + " has already activated the account");
        }
        var now = clock.instant();
        invitations.findOpen(patientId).forEach(open -> open.revoke(now));
        invitations.flush();
        var token = newToken();
        var invitation = invitations.save(new Invitation(patientId, hash(token), therapistId, now, now.plus(VALIDITY)));
        events.publishEvent(new InvitationIssued(patientId, patient.email(), patient.displayName(), invitation.getId(),
                token, now.plus(VALIDITY)));
        return token;
    }

    /** What a link is worth, for the activation page; anyone may ask. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public InvitationCheck check(String token) {
        return invitations.findByTokenHash(hash(token))
                .map(invitation -> new InvitationCheck(invitation.stateAt(clock.instant()),
                        accounts.findById(invitation.getAccountId()).map(a -> a.getUsername()).orElse(null)))
                .orElse(new InvitationCheck(InvitationState.UNKNOWN, null));
    }

    /** Sets the patient's first password and uses up the link, or says why the link no longer works. */
    @PreAuthorize("permitAll()")
    public InvitationState activate(String token, String password) {
        var invitation = invitations.lockByTokenHash(hash(token));
        if (invitation.isEmpty()) {
            return InvitationState.UNKNOWN;
        }
        var now = clock.instant();
        var state = invitation.get().stateAt(now);
        if (state != InvitationState.VALID) {
            return state;
        }
        var account = accounts.findById(invitation.get().getAccountId()).orElseThrow();
        passwordPolicy.problem(password, account.getUsername())
                .ifPresent(problem -> rejectIfAny(Map.of(AccountField.PASSWORD, problem)));
        account.activate(passwordEncoder.encode(password), now);
        invitation.get().use(now);
        audit.recordAs(account.getId(), account.getRole(), AuditAction.ACTIVATED_ACCOUNT, account.getId(), null);
        return InvitationState.VALID;
    }
}
