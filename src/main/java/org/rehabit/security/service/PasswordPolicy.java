package org.rehabit.security.service;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.rehabit.base.service.Problem;
import org.springframework.stereotype.Component;

/**
 * Length and guessability rules for new passwords. Returns the translation key of the first rule broken.
 * The 72-byte cap is bcrypt's: it ignores everything after that.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;
    private static final String SEQUENCES = "01234567890123456789 qwertyuiopasdfghjklzxcvbnm abcdefghijklmnopqrstuvwxyz";

    /**
     * The 30,000 most common leaked passwords that zxcvbn (MIT licence) ships, and our own list of base words that
     * people pad with digits or symbols.
     */
    private final Set<String> commonPasswords = Stream.concat(leaked().stream(), load("common-passwords.txt").stream())
            .collect(Collectors.toUnmodifiableSet());

    public Optional<Problem> problem(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of(Problem.of("validation.required"));
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of(Problem.of("validation.password.too-short", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(Problem.of("validation.password.too-long", MAX_BYTES));
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.of("validation.password.contains-username"));
        }
        if (isCommon(lower)) {
            return Optional.of(Problem.of("validation.password.too-common"));
        }
        return Optional.empty();
    }

    /** A listed password, a listed word padded with digits or symbols, one repeated character, or a keyboard run. */
    private boolean isCommon(String lower) {
        var core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        return commonPasswords.contains(lower) || commonPasswords.contains(core)
                || lower.chars().distinct().count() == 1 || SEQUENCES.contains(lower);
    }

    private static List<String> leaked() {
        try {
            return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(password -> password.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> load(String resource) {
        var stream = PasswordPolicy.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing password list " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
