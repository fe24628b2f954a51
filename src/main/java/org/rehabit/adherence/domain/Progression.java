package org.rehabit.adherence.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.StopRule;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;

/**
 * When to suggest a step up or down for an exercise, and which step: the rules in one place. Evidence is the last
 * {@link #WINDOW_DAYS} days before today on which the exercise was due at its current dose (a changed dose starts
 * afresh), at least {@link #MIN_OCCURRENCES} occurrences of it.
 * <ul>
 * <li><b>Step down</b> when, at that dose, it was skipped for pain or met the stop rule even once, or pain during it
 * rose above the session's "before" score, or it was rated hard, on {@link #REPEATED} occurrences or more (once may
 * be a bad day): a lighter load, fewer minutes, a shorter hold, one set less or fewer repetitions, in that order of
 * preference.</li>
 * <li><b>Step up</b> when it was done on at least {@link #DONE_SHARE} of its occurrences, rated (at least once) only
 * easy or just right, pain never rose ({@link StopRule#rose}), and no red flag was reported in the window: a bit more load, five more minutes, a longer hold, two more repetitions or
 * one more set, in that order.</li>
 * </ul>
 * A suggestion is only ever shown to the therapist; accepting it makes a new version of the routine.
 */
public final class Progression {

    public static final int WINDOW_DAYS = 14;
    public static final int MIN_OCCURRENCES = 4;
    public static final double DONE_SHARE = 0.8;
    public static final int REPEATED = 2;

    /** Which way: a step up or a step down. */
    public enum Direction { UP, DOWN }

    /** Why: done and easy (up); stopped for pain, rated hard, or pain rising (down). */
    public enum Reason {
        EASY(Direction.UP), STOPPED(Direction.DOWN), HARD(Direction.DOWN), PAIN_ROSE(Direction.DOWN);

        private final Direction direction;

        Reason(Direction direction) {
            this.direction = direction;
        }

        public Direction direction() {
            return direction;
        }
    }

    /**
     * A suggested change of one exercise of a routine: its prescription now, the one proposed, why, and the evidence:
     * how many times it was due, and how many of them back the reason (done; stopped; rated hard; pain rose).
     */
    public record Suggestion(long routineId, long exerciseId, String exerciseName, Reason reason,
            PrescribedExercise now, PrescribedExercise proposed, int occurrences, int times) {

        public Direction direction() {
            return reason.direction();
        }
    }

    private Progression() {
    }

    /**
     * The suggestions for a patient's routines in force today and not yet changed for a later day, from their logs
     * and session pain scores covering the window.
     */
    public static List<Suggestion> suggest(List<RoutineDetails> routines, List<LogRecord> logs,
            List<SessionRecord> sessions, Set<LocalDate> redFlagDays, LocalDate today) {
        var from = today.minusDays(WINDOW_DAYS);
        var to = today.minusDays(1);
        // a red flag in the window: no step up for anything until it is two weeks behind
        var redFlag = redFlagDays.stream().anyMatch(day -> !day.isBefore(from) && !day.isAfter(to));
        var byOccurrence = new HashMap<Occurrence, LogRecord>();
        logs.forEach(log -> byOccurrence.put(new Occurrence(log.itemId(), log.day(), log.round()), log));
        var before = new HashMap<Occurrence, Integer>();
        sessions.forEach(session -> before.put(new Occurrence(0, session.day(), session.round()),
                session.painBefore()));
        var ledger = new AdherenceLedger(routines, logs, redFlagDays, today);
        var due = ledger.due(from, to);
        var suggestions = new ArrayList<Suggestion>();
        for (var routine : routines) {
            var current = ScheduleExpansion.inForce(routine, today);
            if (current.isEmpty() || current.get().number() != routine.latest().number()) {
                continue;
            }
            for (var item : ScheduleExpansion.checkable(current.get())) {
                var evidence = new Evidence();
                for (var day : due) {
                    if (day.routineId() != routine.id()) {
                        continue;
                    }
                    sameDose(day.version().items(), item).ifPresent(then -> {
                        for (int round = 1; round <= day.version().schedule().timesPerDay(); round++) {
                            evidence.add(byOccurrence.get(new Occurrence(then.id(), day.day(), round)),
                                    before.get(new Occurrence(0, day.day(), round)));
                        }
                    });
                }
                evidence.reason().filter(reason -> !redFlag || reason.direction() == Direction.DOWN)
                        .flatMap(reason -> step(item.prescription(), reason.direction())
                                .map(proposed -> new Suggestion(routine.id(), item.exercise().id(),
                                        item.exercise().name(),
                                        reason, item.prescription(), proposed, evidence.occurrences,
                                        evidence.times(reason))))
                        .ifPresent(suggestions::add);
            }
        }
        return suggestions;
    }

    /** The item of a version for the same exercise at the same dose and load, if there is one. */
    private static Optional<ItemDetails> sameDose(List<ItemDetails> items, ItemDetails item) {
        return items.stream().filter(other -> other.exercise().id() == item.exercise().id()
                && other.prescription().dosageOrNone().equals(item.prescription().dosageOrNone())
                && Objects.equals(other.prescription().load(), item.prescription().load())).findFirst();
    }

    /** One step in the direction, from the prescription; empty when there is none that changes anything. */
    static Optional<PrescribedExercise> step(PrescribedExercise now, Direction direction) {
        return proposal(now, direction).filter(proposed -> !proposed.equals(now));
    }

    /**
     * The step: the load first (down to none at all, which the patient is told to try); else the dose, as the class
     * comment says.
     */
    private static Optional<PrescribedExercise> proposal(PrescribedExercise now, Direction direction) {
        var dosage = now.dosageOrNone();
        var load = now.load();
        if (load != null) {
            return Optional.of(with(now, dosage, direction == Direction.UP ? higher(load) : load.lower().orElse(null)));
        }
        var up = direction == Direction.UP;
        if (dosage.minutes() != null) {
            var minutes = up ? Math.min(Dosage.MAX_MINUTES, dosage.minutes() + 5) : Math.max(1, dosage.minutes() - 5);
            return minutes == dosage.minutes() ? Optional.empty()
                    : Optional.of(with(now, new Dosage(null, null, null, null, minutes), null));
        }
        var sets = dosage.sets() == null ? 1 : dosage.sets();
        var reps = dosage.reps() == null ? 1 : dosage.reps();
        var hold = dosage.holdSeconds();
        if (up) {
            if (hold != null && hold > 0 && hold < 30) {
                return Optional.of(with(now, new Dosage(sets, reps, hold + 5, dosage.side(), null), null));
            }
            if (reps < 15) {
                return Optional.of(with(now, new Dosage(sets, reps + 2, hold, dosage.side(), null), null));
            }
            return sets < 3 ? Optional.of(with(now, new Dosage(sets + 1, reps, hold, dosage.side(), null), null))
                    : Optional.empty();
        }
        if (hold != null && hold > 5) {
            return Optional.of(with(now, new Dosage(sets, reps, hold - 5, dosage.side(), null), null));
        }
        if (sets > 1) {
            return Optional.of(with(now, new Dosage(sets - 1, reps, hold, dosage.side(), null), null));
        }
        return reps > 2 ? Optional.of(with(now, new Dosage(sets, reps - 2, hold, dosage.side(), null), null))
                : Optional.empty();
    }

    /** About a tenth more, rounded up to the unit's step, and at least one step more. */
    private static Load higher(Load load) {
        var step = load.unit().step();
        var tenthMore = load.amount().multiply(new BigDecimal("1.1")).divide(step, 0, RoundingMode.CEILING)
                .multiply(step);
        return new Load(tenthMore.max(load.amount().add(step)).min(Load.MAX), load.unit());
    }

    private static PrescribedExercise with(PrescribedExercise now, Dosage dosage, Load load) {
        return new PrescribedExercise(now.exerciseId(), dosage, now.restSeconds(), now.note(), load, now.stopAt(),
                now.stopRise());
    }

    private record Occurrence(long itemId, LocalDate day, int round) {
    }

    /** What the occurrences of one exercise at one dose add up to. */
    private static final class Evidence {
        int occurrences;
        int done;
        int ratings;
        int hard;
        int painRose;
        int stopped;

        void add(LogRecord log, Integer painBefore) {
            occurrences++;
            if (log == null) {
                return;
            }
            if (log.status() == LogStatus.DONE) {
                done++;
            }
            if (log.difficulty() != null) {
                ratings++;
                hard += log.difficulty() == Difficulty.HARD ? 1 : 0;
            }
            painRose += StopRule.rose(log.pain(), painBefore) ? 1 : 0;
            stopped += log.painFlag() || (log.status() == LogStatus.SKIPPED && log.skipReason() == SkipReason.PAIN)
                    ? 1 : 0;
        }

        Optional<Reason> reason() {
            if (occurrences < MIN_OCCURRENCES) {
                return Optional.empty();
            }
            if (stopped > 0) {
                return Optional.of(Reason.STOPPED);
            }
            if (hard >= REPEATED) {
                return Optional.of(Reason.HARD);
            }
            if (painRose >= REPEATED) {
                return Optional.of(Reason.PAIN_ROSE);
            }
            var easy = ratings > 0 && hard == 0 && painRose == 0;
            return easy && done >= DONE_SHARE * occurrences ? Optional.of(Reason.EASY) : Optional.empty();
        }

        int times(Reason reason) {
            return switch (reason) {
                case EASY -> done;
                case STOPPED -> stopped;
                case HARD -> hard;
                case PAIN_ROSE -> painRose;
            };
        }
    }
}
