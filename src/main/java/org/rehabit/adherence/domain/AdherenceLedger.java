package org.rehabit.adherence.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.VersionDetails;

/**
 * A patient's logs held against what was due: adherence per day (see {@link Adherence}), the streak and each
 * exercise's record. Logs must cover whole weeks around the period, since "N days a week" routines count per week.
 */
public final class AdherenceLedger {

    private final List<RoutineDetails> routines;
    private final LocalDate today;
    private final Set<LocalDate> redFlagDays;
    private final Map<Occurrence, LogRecord> logs = new HashMap<>();
    private final Map<LocalDate, Set<Long>> loggedItems = new HashMap<>();
    private final Map<Long, Set<LocalDate>> activeDays = new HashMap<>();

    public AdherenceLedger(List<RoutineDetails> routines, List<LogRecord> logs, Set<LocalDate> redFlagDays,
            LocalDate today) {
        this.routines = routines;
        this.today = today;
        this.redFlagDays = redFlagDays;
        var routineOfItem = new HashMap<Long, Long>();
        routines.forEach(routine -> routine.versions().forEach(
                version -> version.items().forEach(item -> routineOfItem.put(item.id(), routine.id()))));
        for (var log : logs) {
            this.logs.put(new Occurrence(log.itemId(), log.day(), log.round()), log);
            loggedItems.computeIfAbsent(log.day(), day -> new HashSet<>()).add(log.itemId());
            if (log.status() == LogStatus.DONE || log.status() == LogStatus.PARTLY) {
                activeDays.computeIfAbsent(routineOfItem.get(log.itemId()), id -> new HashSet<>()).add(log.day());
            }
        }
    }

    /** The version of a routine to follow on a day (see {@link ScheduleExpansion#toFollow}). */
    public Optional<VersionDetails> toFollow(RoutineDetails routine, LocalDate day) {
        return ScheduleExpansion.toFollow(routine, day, loggedItems.getOrDefault(day, Set.of()));
    }

    /** Days of the week of {@code day}, up to it, on which the patient did exercises of the routine. */
    public int activeDaysInWeekUpTo(RoutineDetails routine, LocalDate day) {
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return (int) activeDays.getOrDefault(routine.id(), Set.of()).stream()
                .filter(d -> !d.isBefore(monday) && !d.isAfter(day)).count();
    }

    /** Every due routine from {@code from} to {@code to}, in date order. */
    public List<ScheduleExpansion.Due> due(LocalDate from, LocalDate to) {
        var due = new ArrayList<ScheduleExpansion.Due>();
        for (var routine : routines) {
            var activity = new ScheduleExpansion.Activity(activeDays.getOrDefault(routine.id(), Set.of()),
                    loggedItems, redFlagDays);
            due.addAll(ScheduleExpansion.dueDays(routine, from, to, today, activity));
        }
        return due;
    }

    /** Adherence of each day that had something due. */
    public NavigableMap<LocalDate, Adherence> byDay(LocalDate from, LocalDate to) {
        var days = new TreeMap<LocalDate, Adherence>();
        for (var due : due(from, to)) {
            var adherence = Adherence.NONE;
            for (var item : ScheduleExpansion.checkable(due.version())) {
                for (int round = 1; round <= due.version().schedule().timesPerDay(); round++) {
                    var log = logs.get(new Occurrence(item.id(), due.day(), round));
                    adherence = adherence.plus(new Adherence(log == null ? 0
                            : Adherence.credit(log.status(), log.part(), item.prescription().dosageOrNone()),
                            1));
                }
            }
            days.merge(due.day(), adherence, Adherence::plus);
        }
        return days;
    }

    /**
     * Due days in a row, most recent first, with at least {@link Adherence#GOOD} adherence. Days with nothing due neither break nor
     * extend it, and today only counts once it gets there.
     */
    public int streak(LocalDate since) {
        var days = byDay(since, today);
        var streak = 0;
        for (var day : days.descendingMap().entrySet()) {
            var good = day.getValue().ratio().orElse(0) >= Adherence.GOOD;
            if (good) {
                streak++;
            } else if (!day.getKey().equals(today)) {
                break;
            }
        }
        return streak;
    }

    /** Each exercise's record over the period, in the order first met. */
    public List<ExerciseHistory> exercises(LocalDate from, LocalDate to) {
        var tallies = new LinkedHashMap<Long, Tally>();
        for (var due : due(from, to)) {
            for (var item : ScheduleExpansion.checkable(due.version())) {
                var tally = tallies.computeIfAbsent(item.exercise().id(), id -> new Tally(item));
                for (int round = 1; round <= due.version().schedule().timesPerDay(); round++) {
                    tally.add(logs.get(new Occurrence(item.id(), due.day(), round)));
                }
            }
        }
        return tallies.values().stream().map(Tally::result).toList();
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
