package org.rehabit.security.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Role;
import org.rehabit.security.domain.TwoStepCredentials;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two-step sign-in for staff: their own set-up and status, and an admin's reset. The codes: {@link Authenticator}. */
@Service
@Transactional
@PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
public class TwoStep {

    /** The field a refusal points at. */
    public enum Field { CODE, PASSWORD }

    /** A new secret, as text and as the address a QR code carries to an authenticator app. */
    public record Setup(String secret, String uri) {
    }

    private final Authenticator authenticator;
    private final TwoStepCredentials credentials;
    private final AccountRepository accounts;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final CurrentPassword currentPassword;

    TwoStep(Authenticator authenticator, TwoStepCredentials credentials, AccountRepository accounts,
            CurrentUser currentUser, AuditTrail audit, CurrentPassword currentPassword) {
        this.currentPassword = currentPassword;
        this.authenticator = authenticator;
        this.credentials = credentials;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A secret for the signed-in user to set up; nothing is saved until {@link #enroll} confirms a code. */
    public Setup newSetup() {
        return authenticator.setup(currentUser.require());
    }

    /**
     * Turns two-step sign-in on once a code from the app proves the secret was taken; moving it to a new phone also
     * needs the password, so that a stolen session cannot take the account. Returns the recovery codes, shown only
     * now.
     */
    public List<String> enroll(String secret, String code, String password) {
        var me = currentUser.require();
        if (authenticator.enrolled(me.accountId())) {
            var account = accounts.findById(me.accountId()).orElseThrow();
            currentPassword.problem(account, password)
                    .ifPresent(problem -> InvalidInputException.rejectIfAny(Map.of(Field.PASSWORD, problem)));
        }
        return authenticator.enroll(me, secret, code);
    }

    @Transactional(readOnly = true)
    public Optional<Instant> enrolledAt() {
        return credentials.enrolledAt(currentUser.require().accountId());
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft() {
        return credentials.recoveryCodesLeft(currentUser.require().accountId());
    }

    /** An admin turns an account's two-step sign-in off (a lost phone, no codes left); it is set up again after. */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(long accountId) {
        var account = accounts.findById(accountId)
                .orElseThrow(() -> new RecordNotFoundException("account", accountId));
        credentials.remove(accountId);
        audit.record(AuditAction.RESET_TWO_STEP, account.getRole() == Role.PATIENT ? accountId : null,
                "account " + accountId + " (" + account.getUsername() + ")");
    }
}
