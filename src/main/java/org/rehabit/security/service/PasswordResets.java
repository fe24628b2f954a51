package org.rehabit.security.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;
import static org.rehabit.security.service.OneTimeTokens.hash;
import static org.rehabit.security.service.OneTimeTokens.newToken;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rehabit.security.domain.Account;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.domain.PasswordResetLinks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a link to the account's e-mail address that works once, for {@link #VALIDITY}. The page that
 * asks gives the same answer whether or not an account matches, and requests are limited per name and per address.
 * Choosing the new password ends every session of the account; two-step sign-in, when set up, is still asked.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class PasswordResets {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    /** Where a reset link leads: {@code /reset-password/<token>}. */
    public static final String PATH = "reset-password";

    private final PasswordResetLinks links;
    private final AccountRepository accounts;
    private final SignInThrottle throttle;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(PasswordResetLinks links, AccountRepository accounts, SignInThrottle throttle,
            PasswordPolicy policy, PasswordEncoder passwordEncoder, AccountSessions sessions, AuditTrail audit,
            ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.accounts = accounts;
        this.throttle = throttle;
        this.policy = policy;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails a link to the account with this username or e-mail address, if there is an active one and the limits
     * allow; says nothing either way.
     */
    public void request(String login, String address) {
        if (login == null || login.isBlank() || !throttle.admitResetRequest(login, address)) {
            return;
        }
        var name = login.strip().toLowerCase(Locale.ROOT);
        var found = name.contains("@") ? accounts.findByEmailIgnoringCase(name) : accounts.findByUsername(name);
        found.filter(Account::isEnabled).ifPresent(account -> {
            var now = clock.instant();
            var token = newToken();
            var linkId = links.replace(account.getId(), hash(token), now, now.plus(VALIDITY));
            events.publishEvent(new PasswordResetIssued(account.getId(), account.getEmail(),
                    account.getDisplayName(), linkId, token));
            audit.recordAs(account.getId(), account.getRole(), AuditAction.REQUESTED_PASSWORD_RESET, null, null);
        });
    }

    /** What a link is worth, for the page it opens, and whose account it resets. */
    @Transactional(readOnly = true)
    public InvitationCheck check(String token) {
        var link = links.find(hash(token));
        var account = link.flatMap(found -> accounts.findById(found.accountId())).filter(Account::isEnabled);
        return link.filter(found -> account.isPresent())
                .map(found -> new InvitationCheck(found.stateAt(clock.instant()), account.get().getUsername()))
                .orElse(new InvitationCheck(InvitationState.UNKNOWN, null));
    }

    /** Sets the new password and uses up the link, or says why the link no longer works. */
    public InvitationState reset(String token, String password) {
        var link = links.lock(hash(token));
        var now = clock.instant();
        var state = link.map(found -> found.stateAt(now)).orElse(InvitationState.UNKNOWN);
        Optional<Account> account = link.flatMap(found -> accounts.findById(found.accountId()))
                .filter(Account::isEnabled);
        if (state != InvitationState.VALID || account.isEmpty()) {
            return state == InvitationState.VALID ? InvitationState.UNKNOWN : state;
        }
        var holder = account.get();
        policy.problem(password, holder.getUsername())
                .ifPresent(problem -> rejectIfAny(Map.of(AccountField.PASSWORD, problem)));
        holder.changePassword(passwordEncoder.encode(password));
        links.use(link.get().id(), now);
        sessions.endAll(holder.getId());
        audit.recordAs(holder.getId(), holder.getRole(), AuditAction.RESET_OWN_PASSWORD, null, null);
        return InvitationState.VALID;
    }
}
