package org.rehabit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rehabit.adherence.domain.Difficulty;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.alerts.domain.AlertKind;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Position;
import org.rehabit.catalog.domain.Side;
import org.rehabit.notifications.domain.OutboxStatus;
import org.rehabit.patients.domain.ComplaintRegion;
import org.rehabit.prescriptions.service.ChangeKind;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.domain.Role;

/** Every key the code uses exists in every language file (English is the only one so far). */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path TRANSLATIONS = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern TRANSLATE_CALL = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern DOTTED_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void every_key_used_in_the_code_is_translated_in_every_language() throws IOException {
        var used = usedKeys();
        assertThat(used).as("keys found in the code").contains("login.title", "validation.required", "nav.today");
        for (var file : languageFiles()) {
            assertThat(load(file).stringPropertyNames()).as(file.toString()).containsAll(used);
        }
    }

    /**
     * Keys in getTranslation calls, dotted literals of a known key group (menu titles, service messages), and the
     * role names that the code appends to {@code "role."}.
     */
    private static Set<String> usedKeys() throws IOException {
        var groups = load(TRANSLATIONS.resolve("translations.properties")).stringPropertyNames().stream()
                .map(key -> key.split("\\.")[0]).collect(Collectors.toSet());
        var keys = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                TRANSLATE_CALL.matcher(source).results().map(m -> m.group(1)).filter(key -> !key.endsWith("."))
                        .forEach(keys::add);
                DOTTED_LITERAL.matcher(source).results().map(m -> m.group(1))
                        .filter(key -> groups.contains(key.split("\\.")[0])).forEach(keys::add);
            }
        }
        Arrays.stream(Role.values()).map(role -> "role." + role.name()).forEach(keys::add);
        // who acted, in the audit trail: an account's role, the system, or nobody signed in
        keys.addAll(List.of("role.SYSTEM", "role.NOBODY"));
        Arrays.stream(AuditAction.values()).map(action -> "audit.action." + action.name()).forEach(keys::add);
        Arrays.stream(OutboxStatus.values()).map(status -> "outbox.status." + status.name()).forEach(keys::add);
        Arrays.stream(OutboxStatus.values()).map(status -> "invitation-mail." + status.name()).forEach(keys::add);
        for (var labelled : List.of(BodyRegion.class, ExerciseCategory.class, Position.class, Equipment.class,
                ExerciseKind.class, Side.class, CatalogStatus.class)) {
            Arrays.stream(labelled.getEnumConstants())
                    .map(value -> "catalog." + labelled.getSimpleName() + "." + value.name()).forEach(keys::add);
        }
        Arrays.stream(Side.values()).map(side -> "dosage.side." + side.name()).forEach(keys::add);
        Arrays.stream(ComplaintRegion.values()).map(region -> "patients.complaint." + region.name()).forEach(keys::add);
        Arrays.stream(InvitationState.values()).filter(state -> state != InvitationState.VALID)
                .map(state -> "activate.invalid." + state.name()).forEach(keys::add);
        Arrays.stream(CatalogStatus.values()).filter(status -> status != CatalogStatus.RECOMMENDED)
                .map(status -> "handout.status." + status.name()).forEach(keys::add);
        Arrays.stream(RoutineState.values()).map(state -> "routine.state." + state.name()).forEach(keys::add);
        Arrays.stream(ChangeKind.values()).map(kind -> "routine.change." + kind.name()).forEach(keys::add);
        Arrays.stream(DayOfWeek.values()).map(day -> "schedule.weekday." + day.name()).forEach(keys::add);
        Arrays.stream(LogStatus.values()).map(status -> "log.status." + status.name()).forEach(keys::add);
        Arrays.stream(SkipReason.values()).map(reason -> "log.skip." + reason.name()).forEach(keys::add);
        Arrays.stream(Difficulty.values()).map(level -> "log.difficulty." + level.name()).forEach(keys::add);
        Arrays.stream(AlertKind.values()).map(kind -> "alerts.kind." + kind.name()).forEach(keys::add);
        keys.addAll(List.of("alerts.answer.NECK", "alerts.answer.ARMS"));
        for (var legend : List.of("good", "fair", "low", "missed", "nothing-due", "red-flag")) {
            keys.add("history.legend." + legend);
        }
        // the builder's private choice between fixed weekdays and a number of days a week
        keys.addAll(List.of("routine.days.FIXED", "routine.days.PER_WEEK"));
        return keys;
    }

    private static List<Path> languageFiles() throws IOException {
        try (Stream<Path> files = Files.list(TRANSLATIONS)) {
            return files.filter(f -> f.getFileName().toString().matches("translations.*\\.properties")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
