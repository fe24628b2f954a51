package org.rehabit.security.service;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.TwoStepCredentials;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The codes of authenticator apps (TOTP, RFC 6238: 6 digits every 30 seconds, the step before and after accepted
 * for clocks that drift, each code accepted once) and the ten one-time recovery codes. Used by {@link TwoStep} for the
 * signed-in user and by {@link SecondStepSignIn} for the account whose password was just accepted.
 */
@Component
@Transactional
class Authenticator {

    static final int RECOVERY_CODES = 10;
    private static final String ISSUER = "Rehabit";
    /** Recovery code letters: no 0/o, 1/l/i to misread. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final TwoStepCredentials credentials;
    private final AuditTrail audit;
    private final Clock clock;

    Authenticator(TwoStepCredentials credentials, AuditTrail audit, Clock clock) {
        this.credentials = credentials;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new secret for the account; nothing is saved until {@link #enroll} confirms a code. */
    TwoStep.Setup setup(AccountPrincipal account) {
        var bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        var secret = new Base32().encodeToString(bytes);
        var label = encode(ISSUER + ":" + account.getUsername());
        return new TwoStep.Setup(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + encode(ISSUER) + "&algorithm=SHA1&digits=6&period=30");
    }

    /** Saves the secret once a code proves the app took it; returns the recovery codes, shown only now. */
    List<String> enroll(AccountPrincipal account, String secret, String code) {
        if (secret == null || !secret.matches("[A-Z2-7]{32}")) {
            throw new IllegalArgumentException("Not a secret made by setup");
        }
        var step = matchingStep(secret, code);
        if (step.isEmpty()) {
            throw InvalidInputException.of(TwoStep.Field.CODE, "two-step.code-wrong");
        }
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(recoveryCode());
        }
        credentials.enroll(account.accountId(), secret, clock.instant(),
                codes.stream().map(Authenticator::hash).toList());
        credentials.useStep(account.accountId(), step.getAsLong());
        audit.recordAs(account.accountId(), account.role(), AuditAction.ENROLLED_TWO_STEP, null, null);
        return codes;
    }

    @Transactional(readOnly = true)
    boolean enrolled(long accountId) {
        return credentials.secret(accountId).isPresent();
    }

    /** Whether the code is the app's code now (give or take a step) and was not used before. */
    boolean verify(long accountId, String code) {
        var step = credentials.secret(accountId).map(secret -> matchingStep(secret, code))
                .orElse(OptionalLong.empty());
        return step.isPresent() && credentials.useStep(accountId, step.getAsLong());
    }

    boolean useRecoveryCode(long accountId, String code) {
        return code != null && credentials.useRecoveryCode(accountId, hash(code), clock.instant());
    }

    private OptionalLong matchingStep(String secret, String code) {
        var digits = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        var now = clock.instant().getEpochSecond() / totp.getTimeStep().toSeconds();
        return LongStream.of(now, now - 1, now + 1).filter(step -> code(key, step) == Integer.parseInt(digits))
                .findFirst();
    }

    private int code(SecretKeySpec key, long step) {
        try {
            return totp.generateOneTimePassword(key, Instant.ofEpochSecond(step * totp.getTimeStep().toSeconds()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Like {@code k7m2-q9xd}: about 40 random bits, easy to copy by hand. */
    private static String recoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.insert(4, '-').toString();
    }

    /** Codes are compared without case, spaces or dashes. */
    private static String hash(String code) {
        return OneTimeTokens.hash(code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
