package org.rehabit.security.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.util.EnumMap;
import org.rehabit.base.service.Problem;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Account;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own password: changing it, and whether they must before anything else. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class OwnPassword {

    /** The fields a refusal points at. */
    public enum ChangeField { CURRENT, NEW }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final CurrentPassword currentPassword;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    OwnPassword(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
            CurrentPassword currentPassword, CurrentUser currentUser, AuditTrail audit) {
        this.currentPassword = currentPassword;
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.currentUser = currentUser;
    }

    /** Whether an admin set the password and the holder has not chosen their own since. */
    @Transactional(readOnly = true)
    public boolean mustChange() {
        return currentUser.get().flatMap(me -> accounts.findById(me.accountId())).map(Account::mustChangePassword)
                .orElse(false);
    }

    /**
     * Needs the current password; the new one must pass the policy and differ from it. Wrong current passwords count
     * against the account like wrong passwords at sign-in, so a stolen session cannot guess without limit.
     */
    public void change(String current, String next) {
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        var problems = new EnumMap<ChangeField, Problem>(ChangeField.class);
        currentPassword.problem(account, current).ifPresent(problem -> problems.put(ChangeField.CURRENT, problem));
        policy.problem(next, account.getUsername()).ifPresent(problem -> problems.put(ChangeField.NEW, problem));
        if (next != null && next.equals(current)) {
            problems.putIfAbsent(ChangeField.NEW, Problem.of("password.same-as-current"));
        }
        rejectIfAny(problems);
        account.changePassword(passwordEncoder.encode(next));
        audit.record(AuditAction.CHANGED_PASSWORD, account.getRole() == Role.PATIENT ? account.getId() : null, null);
    }
}
