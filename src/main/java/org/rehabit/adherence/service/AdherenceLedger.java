package org.rehabit.adherence.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.SkipReason;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;

/**
 * A patient's logs held against what was due: adherence per day (see {@link Adherence}), the streak and each
 * exercise's record. Logs must cover whole weeks around the period, since "N days a week" routines count per week.
 */
final class AdherenceLedger {

    /** A due day counts towards the streak at this adherence or above. */
    static final double STREAK_ADHERENCE = 0.8;

    private final List<RoutineDetails> routines;
    private final LocalDate today;
    private final Map<Occurrence, LogRecord> logs = new HashMap<>();
    private final Map<Long, Set<LocalDate>> activeDays = new HashMap<>();

    AdherenceLedger(List<RoutineDetails> routines, List<LogRecord> logs, LocalDate today) {
        this.routines = routines;
        this.today = today;
        var routineOfItem = new HashMap<Long, Long>();
        routines.forEach(routine -> routine.versions().forEach(
                version -> version.items().forEach(item -> routineOfItem.put(item.id(), routine.id()))));
        for (var log : logs) {
            this.logs.put(key(log.itemId(), log.day(), log.round()), log);
            activeDays.computeIfAbsent(routineOfItem.get(log.itemId()), id -> new HashSet<>()).add(log.day());
        }
    }

    /** Every due routine from {@code from} to {@code to}, in date order. */
    List<ScheduleExpansion.Due> due(LocalDate from, LocalDate to) {
        var due = new ArrayList<ScheduleExpansion.Due>();
        for (var routine : routines) {
            due.addAll(ScheduleExpansion.dueDays(routine, from, to, today,
                    activeDays.getOrDefault(routine.id(), Set.of())));
        }
        return due;
    }

    /** Adherence of each day that had something due. */
    NavigableMap<LocalDate, Adherence> byDay(LocalDate from, LocalDate to) {
        var days = new TreeMap<LocalDate, Adherence>();
        for (var due : due(from, to)) {
            var adherence = Adherence.NONE;
            for (var item : ScheduleExpansion.checkable(due.version())) {
                for (int round = 1; round <= due.version().schedule().timesPerDay(); round++) {
                    var log = logs.get(key(item.id(), due.day(), round));
                    adherence = adherence.plus(new Adherence(log == null ? 0
                            : Adherence.credit(log.status(), log.setsDone(), item.prescription().dosageOrNone().sets()),
                            1));
                }
            }
            days.merge(due.day(), adherence, Adherence::plus);
        }
        return days;
    }

    /**
     * Due days in a row, most recent first, with at least 80% adherence. Days with nothing due neither break nor
     * extend it, and today only counts once it gets there.
     */
    int streak(LocalDate since) {
        var days = byDay(since, today);
        var streak = 0;
        for (var day : days.descendingMap().entrySet()) {
            var good = day.getValue().ratio().orElse(0) >= STREAK_ADHERENCE;
            if (good) {
                streak++;
            } else if (!day.getKey().equals(today)) {
                break;
            }
        }
        return streak;
    }

    /** Each exercise's record over the period, in the order first met. */
    List<ExerciseHistory> exercises(LocalDate from, LocalDate to) {
        var tallies = new LinkedHashMap<Long, Tally>();
        for (var due : due(from, to)) {
            for (var item : ScheduleExpansion.checkable(due.version())) {
                var tally = tallies.computeIfAbsent(item.exercise().id(), id -> new Tally(item));
                for (int round = 1; round <= due.version().schedule().timesPerDay(); round++) {
                    tally.add(logs.get(key(item.id(), due.day(), round)));
                }
            }
        }
        return tallies.values().stream().map(Tally::result).toList();
    }

    private static Occurrence key(long itemId, LocalDate day, int round) {
        return new Occurrence(itemId, day, round);
    }

    /** One prescribed exercise on one day, in one round. */
    private record Occurrence(long itemId, LocalDate day, int round) {
    }

    private static final class Tally {
        private final ItemDetails item;
        private int scheduled;
        private int done;
        private int partly;
        private final Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        private int painSum;
        private int painCount;
        private int painFlags;

        Tally(ItemDetails item) {
            this.item = item;
        }

        void add(LogRecord log) {
            scheduled++;
            if (log == null) {
                return;
            }
            if (log.status() == LogStatus.DONE) {
                done++;
            } else if (log.status() == LogStatus.PARTLY) {
                partly++;
            } else if (log.status() == LogStatus.SKIPPED) {
                skipped.merge(log.skipReason(), 1, Integer::sum);
            }
            if (log.pain() != null) {
                painSum += log.pain();
                painCount++;
            }
            if (log.painFlag()) {
                painFlags++;
            }
        }

        ExerciseHistory result() {
            return new ExerciseHistory(item.exercise().id(), item.exercise().name(), scheduled, done, partly,
                    Map.copyOf(skipped), painCount == 0 ? null : (double) painSum / painCount, painFlags);
        }
    }
}
