package org.rehabit.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/** Someone who can sign in: an admin, a therapist, or a patient (who always has a responsible therapist). */
@Entity
@Table(name = "account")
public class Account {

    public static final int USERNAME_MIN_LENGTH = 3;
    public static final int USERNAME_MAX_LENGTH = 50;
    public static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9._-]{3,50}");
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final Pattern EMAIL_PATTERN = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(nullable = false, length = EMAIL_MAX_LENGTH)
    private String email;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    /** The responsible therapist's account id; set for patients only. */
    @Column(name = "therapist_id")
    private Long therapistId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Set when an admin chose the password: the holder must choose their own before anything else. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** When the holder first chose a password; null while a patient's invitation is still open. */
    @Column(name = "activated_at")
    private Instant activatedAt;

    protected Account() {
    }

    public Account(String username, String email, String displayName, String passwordHash, Role role,
            Long therapistId, Instant createdAt) {
        if ((role == Role.PATIENT) != (therapistId != null)) {
            throw new IllegalArgumentException("A patient needs a therapist, and only a patient has one");
        }
        this.username = username;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.therapistId = therapistId;
        this.createdAt = createdAt;
        this.activatedAt = createdAt;
    }

    /** A patient account that cannot sign in until the patient chooses a password through an activation link. */
    public static Account invitedPatient(String username, String email, String displayName, String unusableHash,
            long therapistId, Instant createdAt) {
        var account = new Account(username, email, displayName, unusableHash, Role.PATIENT, therapistId, createdAt);
        account.enabled = false;
        account.activatedAt = null;
        return account;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** An admin set this password; the holder chooses their own at the next sign-in. */
    public void resetPassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = true;
    }

    /** The holder chose this password. */
    public void changePassword(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.mustChangePassword = false;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void assignTherapist(long therapistId) {
        if (role != Role.PATIENT) {
            throw new IllegalStateException("Only a patient has a therapist");
        }
        this.therapistId = therapistId;
    }

    public boolean isInvited() {
        return activatedAt == null;
    }

    /** The invited patient has chosen a password: the account can now sign in. */
    public void activate(String passwordHash, Instant at) {
        if (!isInvited()) {
            throw new IllegalStateException("Account " + id + " is already active");
        }
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.enabled = true;
        this.activatedAt = at;
    }
}
