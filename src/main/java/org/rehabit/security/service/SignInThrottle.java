package org.rehabit.security.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rehabit.security.domain.AccountRepository;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.SignInFailures;
import org.rehabit.security.domain.SignInLimit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-in for a while after too many failures for one account or from one address ({@link SignInLimit}).
 * Each admitted attempt is counted at once, as a failure until it signs in, so that attempts sent in parallel cannot
 * all pass before any is counted. The counts are kept in the database, so the limits hold across application nodes.
 * A name that no account has is counted like an account.
 */
@Component
@Transactional
public class SignInThrottle {

    /** Longer than any username or e-mail address: counted as one name, and small enough to index. */
    private static final int MAX_NAME = 320;
    /** What an IPv4 or IPv6 address may consist of; anything else is counted as one unknown address. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{1,45}");
    private static final Duration LONGEST_WINDOW = Stream.of(SignInLimit.ACCOUNT, SignInLimit.ADDRESS,
            SignInLimit.RESET_REQUESTS, SignInLimit.RESET_REQUESTS_FROM_ADDRESS).map(SignInLimit::window)
            .max(Duration::compareTo).orElseThrow();

    /** The request attribute with the ids of an admitted attempt's records, forgotten if it signs in. */
    public static final String ATTEMPTS = SignInThrottle.class.getName() + ".attempts";

    /** An attempt let through, with the ids of its records, or how much longer attempts are refused. */
    public record Admission(Optional<Duration> refusedFor, List<Long> attempts) {
    }

    private final SignInFailures failures;
    private final AccountRepository accounts;
    private final AuditTrail audit;
    private final Clock clock;

    SignInThrottle(SignInFailures failures, AccountRepository accounts, AuditTrail audit, Clock clock) {
        this.failures = failures;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Lets an attempt with this name from this address through (and counts it), or says how long to wait. */
    public Admission admit(String login, String address) {
        var now = clock.instant();
        var account = subject(login);
        var from = "address:" + network(address);
        failures.lock(List.of(account, from));
        failures.forgetBefore(now.minus(LONGEST_WINDOW));
        var refused = Stream.of(refusedUntil(account, SignInLimit.ACCOUNT, now),
                refusedUntil(from, SignInLimit.ADDRESS, now)).flatMap(Optional::stream)
                .filter(until -> until.isAfter(now)).max(Instant::compareTo);
        if (refused.isPresent()) {
            audit.record(AuditAction.SIGN_IN_PAUSED, null, "as " + login);
            return new Admission(refused.map(until -> Duration.between(now, until)), List.of());
        }
        return new Admission(Optional.empty(), List.of(failures.record(account, now), failures.record(from, now)));
    }

    /**
     * Whether a "forgot password" request for this name from this address may send a mail ({@link
     * SignInLimit#RESET_REQUESTS}); each request counts, sent or not.
     */
    public boolean admitResetRequest(String login, String address) {
        var now = clock.instant();
        var name = "reset-" + subject(login);
        var from = "reset-address:" + network(address);
        failures.lock(List.of(name, from));
        failures.forgetBefore(now.minus(LONGEST_WINDOW));
        var refused = Stream.of(refusedUntil(name, SignInLimit.RESET_REQUESTS, now),
                refusedUntil(from, SignInLimit.RESET_REQUESTS_FROM_ADDRESS, now)).flatMap(Optional::stream)
                .anyMatch(until -> until.isAfter(now));
        failures.record(name, now);
        failures.record(from, now);
        return !refused;
    }

    /**
     * Lets a check of the account's current password through (and counts it) or says how long to wait: guesses
     * made from inside a session count like guesses at the sign-in form. Its own transaction: the count stands
     * when the caller's is rolled back by the refusal that follows a wrong guess.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Admission admitPasswordCheck(long accountId) {
        var now = clock.instant();
        var account = "account:" + accountId;
        failures.lock(List.of(account));
        var refused = refusedUntil(account, SignInLimit.ACCOUNT, now).filter(until -> until.isAfter(now));
        if (refused.isPresent()) {
            return new Admission(refused.map(until -> Duration.between(now, until)), List.of());
        }
        return new Admission(Optional.empty(), List.of(failures.record(account, now)));
    }

    /** The attempt signed in: it was no failure, and the account's earlier failures are forgotten. */
    public void succeeded(long accountId, List<Long> attempts) {
        failures.delete(attempts);
        failures.clear("account:" + accountId);
    }

    /** The attempt's password was right, but the account is not signed in yet: its earlier failures still count. */
    void forget(List<Long> attempts) {
        failures.delete(attempts);
    }

    /** Lets the account sign in again at once (an admin's decision). */
    void clear(long accountId) {
        failures.clear("account:" + accountId);
    }

    /**
     * What the address limit counts against: an IPv4 address, or the /64 network of an IPv6 address (one household
     * or phone gets a whole /64 and may use any address in it); anything else is one "unknown" address.
     */
    static String network(String address) {
        // starting with a digit or a colon, a literal is parsed and never looked up as a host name
        if (address == null || !ADDRESS.matcher(address).matches() || address.startsWith(".")) {
            return "unknown";
        }
        if (!address.contains(":")) {
            return address;
        }
        try {
            var bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            var prefix = ByteBuffer.wrap(bytes, 0, 8);
            return String.format("%x:%x:%x:%x::/64", prefix.getShort() & 0xffff, prefix.getShort() & 0xffff,
                    prefix.getShort() & 0xffff, prefix.getShort() & 0xffff);
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    private Optional<Instant> refusedUntil(String subject, SignInLimit limit, Instant now) {
        return limit.refusedUntil(failures.since(subject, now.minus(limit.window())));
    }

    private String subject(String login) {
        var typed = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        var name = typed.substring(0, Math.min(typed.length(), MAX_NAME));
        var account = name.contains("@") ? accounts.findByEmailIgnoringCase(name) : accounts.findByUsername(name);
        return account.map(found -> "account:" + found.getId()).orElse("login:" + name);
    }
}
