package org.rehabit.security.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.SignInFailures;
import org.rehabit.security.domain.SignInLimit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in for a while after too many failures for one account or from one address ({@link SignInLimit}).
 * The failures are kept in the database, so the limits hold across application nodes. A name that no account has
 * is counted like an account, so the answers never tell whether an account exists.
 */
@Component
@Transactional
public class SignInThrottle {

    private static final int MAX_NAME = 320;

    private final SignInFailures failures;
    private final AccountRepository accounts;
    private final Clock clock;

    SignInThrottle(SignInFailures failures, AccountRepository accounts, Clock clock) {
        this.failures = failures;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** How much longer sign-in with this name from this address is refused; empty if it is not. */
    @Transactional(readOnly = true)
    public Optional<Duration> refusedFor(String login, String address) {
        var now = clock.instant();
        return Stream.of(refusedUntil(subject(login), SignInLimit.ACCOUNT),
                refusedUntil("address:" + address, SignInLimit.ADDRESS)).flatMap(Optional::stream)
                .filter(until -> until.isAfter(now)).max(Instant::compareTo)
                .map(until -> Duration.between(now, until));
    }

    public void failed(String login, String address) {
        var now = clock.instant();
        failures.record(subject(login), now, now.minus(SignInLimit.ACCOUNT.window()));
        failures.record("address:" + address, now, now.minus(SignInLimit.ADDRESS.window()));
    }

    /** A successful sign-in forgets the account's failures (not the address's). */
    public void succeeded(long accountId) {
        failures.clear("account:" + accountId);
    }

    /** Lets the account sign in again at once (an admin's decision). */
    void clear(long accountId) {
        failures.clear("account:" + accountId);
    }

    private Optional<Instant> refusedUntil(String subject, SignInLimit limit) {
        var now = clock.instant();
        return limit.refusedUntil(failures.since(subject, now.minus(limit.window())));
    }

    private String subject(String login) {
        var typed = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        // longer than any username or e-mail address: counted as one name, and small enough to index
        var name = typed.substring(0, Math.min(typed.length(), MAX_NAME));
        var account = name.contains("@") ? accounts.findByEmailIgnoringCase(name) : accounts.findByUsername(name);
        return account.map(found -> "account:" + found.getId()).orElse("login:" + name);
    }
}
