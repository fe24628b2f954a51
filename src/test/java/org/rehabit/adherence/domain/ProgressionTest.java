package org.rehabit.adherence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rehabit.adherence.domain.ScheduleExpansionTest.MONDAY;
import static org.rehabit.adherence.domain.ScheduleExpansionTest.routine;
import static org.rehabit.adherence.domain.ScheduleExpansionTest.version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rehabit.adherence.domain.Progression.Direction;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/**
 * Progression suggestions on hand-made histories. The routine runs every day from a Monday two weeks before "today";
 * exercise 1 (item 11) is 2 sets of 5 reps held 5 s; exercise 2 (item 12) is never recorded, so it suggests nothing.
 */
class ProgressionTest {

    static final LocalDate TODAY = MONDAY.plusDays(Progression.WINDOW_DAYS);

    final List<LogRecord> logs = new ArrayList<>();
    final List<SessionRecord> sessions = new ArrayList<>();
    final Set<LocalDate> redFlags = new HashSet<>();
    final RoutineDetails daily = routine(version(1, MONDAY, null, Schedule.everyDay()));

    @Test
    void done_on_most_days_and_rated_easy_or_just_right_suggests_a_longer_hold() {
        for (int n = 0; n < 13; n++) {
            log(n, LogStatus.DONE, n % 2 == 0 ? Difficulty.EASY : Difficulty.RIGHT, null);
        }

        var suggestion = only();

        assertThat(suggestion.direction()).isEqualTo(Direction.UP);
        assertThat(suggestion.exerciseId()).isEqualTo(1);
        assertThat(suggestion.proposed().dosage()).isEqualTo(new Dosage(2, 5, 10, null, null));
        assertThat(suggestion.reason()).isEqualTo(Progression.Reason.EASY);
        assertThat(suggestion.times()).as("done").isEqualTo(13);
        assertThat(suggestion.occurrences()).isEqualTo(14);
    }

    @Test
    void a_red_flag_in_the_two_weeks_or_pain_without_a_score_before_allows_no_step_up() {
        for (int n = 0; n < 14; n++) {
            log(n, LogStatus.DONE, Difficulty.EASY, null);
        }
        redFlags.add(MONDAY.plusDays(9));
        assertThat(suggest()).as("a red flag on day 9").isEmpty();

        redFlags.clear();
        logs.clear();
        for (int n = 0; n < 14; n++) {
            log(n, LogStatus.DONE, Difficulty.EASY, n < 2 ? 1 : null);
        }
        assertThat(only().reason()).as("pain 1 with no score before, twice: a rise, as for the neck rule")
                .isEqualTo(Progression.Reason.PAIN_ROSE);
    }

    @Test
    void a_step_that_changes_nothing_is_not_suggested() {
        var heaviest = new PrescribedExercise(1L, new Dosage(2, 10, null, null, null), null, null,
                new Load(Load.MAX, LoadUnit.KG), null, null);
        assertThat(Progression.step(heaviest, Direction.UP)).isEmpty();
        var lightest = new PrescribedExercise(1L, new Dosage(2, 10, null, null, null), null, null,
                new Load(new BigDecimal("0.5"), LoadUnit.KG), null, null);
        assertThat(Progression.step(lightest, Direction.DOWN).orElseThrow().load()).as("then without the weight")
                .isNull();
    }

    @Test
    void below_eighty_percent_or_never_rated_suggests_nothing() {
        for (int n = 0; n < 10; n++) {
            log(n, LogStatus.DONE, Difficulty.EASY, null);
        }
        assertThat(suggest()).as("10 of 14").isEmpty();

        logs.clear();
        for (int n = 0; n < 14; n++) {
            log(n, LogStatus.DONE, null, null);
        }
        assertThat(suggest()).as("done, but how it felt is unknown").isEmpty();
    }

    @Test
    void rated_hard_twice_pain_rising_twice_or_one_skip_for_pain_suggests_a_step_down() {
        for (int n = 0; n < 14; n++) {
            log(n, LogStatus.DONE, n == 3 ? Difficulty.HARD : Difficulty.EASY, null);
        }
        assertThat(suggest()).as("hard once: a bad day, and no step up either").isEmpty();

        logs.clear();
        for (int n = 0; n < 14; n++) {
            log(n, LogStatus.DONE, n == 3 || n == 9 ? Difficulty.HARD : Difficulty.EASY, null);
        }
        assertThat(only().reason()).isEqualTo(Progression.Reason.HARD);
        assertThat(only().times()).isEqualTo(2);
        assertThat(only().proposed().dosage()).as("one set less").isEqualTo(new Dosage(1, 5, 5, null, null));

        logs.clear();
        for (int n = 0; n < 14; n++) {
            log(n, LogStatus.DONE, Difficulty.EASY, n == 5 || n == 6 ? 4 : 2);
            sessions.add(new SessionRecord(MONDAY.plusDays(n), 1, 2, null, null, Instant.EPOCH));
        }
        assertThat(only().reason()).as("pain 4 during, 2 before, twice").isEqualTo(Progression.Reason.PAIN_ROSE);

        logs.clear();
        for (int n = 0; n < 14; n++) {
            logs.add(new LogRecord(11, MONDAY.plusDays(n), 1, n == 7 ? LogStatus.SKIPPED : LogStatus.DONE, null,
                    n == 7 ? SkipReason.PAIN : null, null, Difficulty.EASY, false, Instant.EPOCH));
        }
        assertThat(only().direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void a_dose_changed_recently_starts_the_evidence_afresh() {
        var changed = version(2, TODAY.minusDays(2), null, Schedule.everyDay());
        var routine = routine(version(1, MONDAY, null, Schedule.everyDay()), withHold(changed, 10));
        for (int n = 0; n < 14; n++) {
            var itemId = n < Progression.WINDOW_DAYS - 2 ? 11 : 21;
            logs.add(new LogRecord(itemId, MONDAY.plusDays(n), 1, LogStatus.DONE, null, null, null,
                    Difficulty.EASY, false, Instant.EPOCH));
        }

        assertThat(Progression.suggest(List.of(routine), logs, sessions, redFlags, TODAY)).as("2 days at the new dose")
                .isEmpty();
    }

    @Test
    void a_load_steps_by_about_a_tenth_and_minutes_by_five() {
        var withLoad = new PrescribedExercise(1L, new Dosage(2, 10, null, null, null), null, null,
                new Load(new BigDecimal("2.5"), LoadUnit.KG), null, null);
        assertThat(Progression.step(withLoad, Direction.UP).orElseThrow().load())
                .isEqualTo(new Load(new BigDecimal("3"), LoadUnit.KG));
        assertThat(Progression.step(withLoad, Direction.DOWN).orElseThrow().load())
                .isEqualTo(new Load(new BigDecimal("2"), LoadUnit.KG));
        var walk = new PrescribedExercise(1L, new Dosage(null, null, null, null, 20), null, null, null, null, null);
        assertThat(Progression.step(walk, Direction.UP).orElseThrow().dosage().minutes()).isEqualTo(25);
        assertThat(Progression.step(walk, Direction.DOWN).orElseThrow().dosage().minutes()).isEqualTo(15);
        var most = new PrescribedExercise(1L, new Dosage(3, 15, null, null, null), null, null, null, null, null);
        assertThat(Progression.step(most, Direction.UP)).as("3 sets of 15: the therapist decides").isEmpty();
    }

    private void log(int daysAfterMonday, LogStatus status, Difficulty difficulty, Integer pain) {
        logs.add(new LogRecord(11, MONDAY.plusDays(daysAfterMonday), 1, status, null, null, pain, difficulty, false,
                Instant.EPOCH));
    }

    private List<Progression.Suggestion> suggest() {
        return Progression.suggest(List.of(daily), logs, sessions, redFlags, TODAY);
    }

    private Progression.Suggestion only() {
        var found = suggest();
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    /** The version with exercise 1 held {@code seconds} instead of 5 (its item ids are the version's). */
    private static VersionDetails withHold(VersionDetails version, int seconds) {
        var items = new ArrayList<>(version.items());
        var first = items.getFirst();
        var dosage = new Dosage(2, 5, seconds, null, null);
        items.set(0, new ItemDetails(first.id(), first.exercise(),
                new PrescribedExercise(1L, dosage, 30, null, null, null, null), null, null));
        return new VersionDetails(version.id(), version.number(), version.effectiveFrom(), version.name(),
                version.endDate(), version.schedule(), version.createdBy(), version.createdAt(), items,
                version.changes());
    }
}
