package org.rehabit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.security.AppRoles;
import org.rehabit.security.domain.Role;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The rows a test needs, made by the test itself: accounts with names no other test uses (so tests never depend on
 * the demo accounts, and rows left behind by a committing test never clash), routines made through the real
 * service, and signing in as one of the accounts.
 */
@TestComponent
public class TestData {

    public static final String PASSWORD = "test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** Different on every run, so accounts left behind in an external database never clash. */
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36);

    /** An account a test made; {@code therapistId} is set for patients. */
    public record TestAccount(long id, String username, String displayName, String email, Role role,
            Long therapistId) {
    }

    private final JdbcTemplate jdbc;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy security;
    private final PasswordEncoder passwordEncoder;
    private final RoutineService routines;
    private volatile String passwordHash;

    TestData(JdbcTemplate jdbc, UserDetailsService users, SecurityContextHolderStrategy security,
            PasswordEncoder passwordEncoder, RoutineService routines) {
        this.jdbc = jdbc;
        this.users = users;
        this.security = security;
        this.passwordEncoder = passwordEncoder;
        this.routines = routines;
    }

    public TestAccount admin() {
        return insert(Role.ADMIN, null);
    }

    public TestAccount therapist() {
        return insert(Role.THERAPIST, null);
    }

    /** An active patient (activated, may sign in with {@link #PASSWORD}) on the therapist's caseload. */
    public TestAccount patientOf(TestAccount therapist) {
        return insert(Role.PATIENT, therapist.id());
    }

    /** Several patients of the therapist, in the order of their names, as lists of patients show them. */
    public List<TestAccount> patientsOf(TestAccount therapist, int count) {
        return IntStream.range(0, count).mapToObj(n -> patientOf(therapist))
                .sorted(Comparator.comparing(TestAccount::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** A routine for the patient, prescribed by their therapist through the real service; returns its id. */
    public long routine(TestAccount patient, RoutineDraft draft) {
        var therapist = new TestAccount(patient.therapistId(), usernameOf(patient.therapistId()), "", "",
                Role.THERAPIST, null);
        return as(therapist, () -> routines.create(patient.id(), draft));
    }

    /**
     * Acts as the account from now on, as if it had signed in: the principal comes from the real
     * UserDetailsService. Services read this application context's security strategy; browserless views read the
     * global {@link SecurityContextHolder}, whose strategy belongs to whichever application context started last
     * (another test class's, if one with another configuration started later). The sign-in goes to both.
     */
    public void signIn(TestAccount account) {
        var context = security.createEmptyContext();
        context.setAuthentication(authentication(account));
        use(context);
    }

    /** The account signed in, as the real UserDetailsService makes it (for requests through the security filters). */
    public Authentication authentication(TestAccount account) {
        var principal = users.loadUserByUsername(account.username());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    /** Runs as the account, then goes back to whoever was signed in before. */
    public <T> T as(TestAccount account, Supplier<T> work) {
        var before = security.getContext();
        signIn(account);
        try {
            return work.get();
        } finally {
            use(before);
        }
    }

    /**
     * Runs work as scheduled work does ({@link org.rehabit.security.AppRoles#runAsSystem}), through this context's
     * own security holder: another test context started meanwhile replaces the static one.
     */
    public void asSystem(Runnable work) {
        var before = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test-system", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SYSTEM))));
        use(context);
        try {
            work.run();
        } finally {
            use(before);
        }
    }

    public void signOut() {
        security.clearContext();
        SecurityContextHolder.clearContext();
    }

    private void use(SecurityContext context) {
        security.setContext(context);
        SecurityContextHolder.setContext(context);
    }

    private String usernameOf(long accountId) {
        return jdbc.queryForObject("select username from account where id = ?", String.class, accountId);
    }

    private TestAccount insert(Role role, Long therapistId) {
        var n = SEQUENCE.incrementAndGet();
        var kind = role.name().toLowerCase(Locale.ROOT);
        var username = kind + "-" + RUN + "-" + n;
        var displayName = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + RUN + " " + n;
        var email = username + "@test.rehabit.org";
        var id = jdbc.queryForObject("""
                insert into account (username, email, display_name, password_hash, role, therapist_id, created_at,
                                     activated_at)
                values (?, ?, ?, ?, ?, ?, now(), now()) returning id""", Long.class,
                username, email, displayName, hash(), role.name(), therapistId);
        return new TestAccount(id, username, displayName, email, role, therapistId);
    }

    private String hash() {
        if (passwordHash == null) {
            passwordHash = passwordEncoder.encode(PASSWORD);
        }
        return passwordHash;
    }
}
