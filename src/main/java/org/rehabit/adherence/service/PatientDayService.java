package org.rehabit.adherence.service;

import static org.rehabit.adherence.service.DayPlans.editable;
import static org.rehabit.adherence.service.DayPlans.redFlag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.AdherenceLedger;
import org.rehabit.adherence.domain.CheckIn;
import org.rehabit.adherence.domain.DayRecords;
import org.rehabit.adherence.domain.LogRecord;
import org.rehabit.adherence.domain.LogStatus;
import org.rehabit.adherence.domain.PainScale;
import org.rehabit.adherence.domain.Part;
import org.rehabit.adherence.domain.PartUnit;
import org.rehabit.adherence.domain.ScheduleExpansion;
import org.rehabit.adherence.domain.SessionRecord;
import org.rehabit.adherence.domain.WeightCheck;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.prescriptions.service.ItemDetails;
import org.rehabit.prescriptions.service.RoutineDetails;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.service.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in patient's days: what to do, the red-flag check-in, check-offs and pain reports, and their history.
 * Only today and yesterday can be written; a red flag at the check-in blocks the day. What happened is published
 * ({@link RedFlagReported}, {@link StopRuleMet}, {@link PainReported}, and {@link DaysRolledUp} from the roll-up)
 * to listeners that run in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PATIENT')")
public class PatientDayService {

    /** How far back the history and the streak look. */
    static final int HISTORY_DAYS = 366;

    private final DayRecords records;
    private final DayPlans plans;
    private final RoutineService routines;
    private final DayRollup rollup;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    PatientDayService(DayRecords records, DayPlans plans, RoutineService routines, DayRollup rollup,
            ApplicationEventPublisher events,
            CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.records = records;
        this.plans = plans;
        this.routines = routines;
        this.rollup = rollup;
        this.events = events;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DayPlan day(LocalDate day) {
        if (day.isAfter(today())) {
            throw InvalidInputException.of(DayField.DAY, "day.future");
        }
        return plans.of(me(), day, today());
    }

    /**
     * Answers today's red-flag questions. A "yes" blocks today (and yesterday's record) and alerts the therapist;
     * answering again can add a "yes" (new symptoms), never take one back.
     */
    public CheckIn checkIn(boolean severeNeckPain, boolean armSymptoms) {
        var me = me();
        records.lockPatient(me);
        var today = today();
        var before = redFlag(records.checkIn(me, today));
        var checkIn = records.saveCheckIn(me, today, severeNeckPain, armSymptoms, me, clock.instant());
        if (checkIn.redFlag() && !before) {
            events.publishEvent(new RedFlagReported(me, today, checkIn.severeNeckPain(), checkIn.armSymptoms()));
        }
        refreshProgress(me, today);
        audit.record(AuditAction.CHECKED_IN, me, today.toString());
        return checkIn;
    }

    /**
     * Records one exercise of a session. Pain that meets the stop rule is flagged, alerts the therapist and is
     * answered with {@code mustStop}. The patient's records are held first, so the day read here, with this log, is
     * the day rolled up.
     */
    public LogOutcome record(LocalDate day, int round, long itemId, LogEntry entry) {
        var me = me();
        records.lockPatient(me);
        requireOpen(me, day);
        var plans = routines.plansOf(me);
        var dayLogs = records.logs(me, day, day);
        var item = itemOn(plans, day, itemId, round, dayLogs);
        check(entry, item);
        var sessions = records.sessions(me, day, day);
        var painBefore = sessions.stream().filter(s -> s.round() == round).findFirst()
                .map(SessionRecord::painBefore).orElse(null);
        var mustStop = item.stopRule().mustStop(entry.pain(), painBefore);
        var part = entry.status() == LogStatus.PARTLY
                ? new Part(entry.partDone(), PartUnit.of(item.prescription().dosageOrNone()).orElseThrow())
                : null;
        var log = records.saveLog(me, day, round, itemId, entry.status(), part, entry.skipReason(),
                entry.pain(), entry.difficulty(), mustStop, me, clock.instant());
        if (mustStop) {
            stopRuleMet(me, day, item, entry.pain());
        }
        var logs = new ArrayList<>(dayLogs.stream()
                .filter(saved -> saved.itemId() != itemId || saved.round() != round).toList());
        logs.add(log);
        rollup.refreshOpenDay(me, plans, day, logs, sessions);
        // what the log said before is kept in change_history by the database
        audit.record(AuditAction.RECORDED_EXERCISE, me, day + " round " + round + " item " + itemId);
        return new LogOutcome(log, mustStop, WeightCheck.tooHeavy(item, log, painBefore));
    }

    /**
     * Records pain before or after a session, or the note to the therapist (an empty note clears it). A score
     * before that makes pain already recorded meet the stop rule flags those logs too.
     */
    public SessionRecord recordSession(LocalDate day, int round, SessionEntry entry) {
        var me = me();
        records.lockPatient(me);
        requireOpen(me, day);
        var plan = day(day);
        var problems = new EnumMap<DayField, Problem>(DayField.class);
        if (round < 1 || round > plan.rounds()) {
            problems.put(DayField.ROUND, Problem.of("day.round-unknown"));
        }
        if (!PainScale.valid(entry.painBefore())) {
            problems.put(DayField.PAIN_BEFORE, Problem.of("day.pain-range", PainScale.MIN, PainScale.MAX));
        }
        if (!PainScale.valid(entry.painAfter())) {
            problems.put(DayField.PAIN_AFTER, Problem.of("day.pain-range", PainScale.MIN, PainScale.MAX));
        }
        var note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        if (note != null && note.length() > SessionRecord.NOTE_MAX_LENGTH) {
            problems.put(DayField.NOTE, Problem.of("day.note-too-long", SessionRecord.NOTE_MAX_LENGTH));
        }
        InvalidInputException.rejectIfAny(problems);
        var session = records.saveSession(me, day, round, entry.painBefore(), entry.painAfter(), entry.note() != null,
                note, me, clock.instant());
        if (entry.painBefore() != null) {
            for (var log : plan.logs()) {
                if (log.round() == round && !log.painFlag()) {
                    var item = item(plan, log.itemId(), round);
                    if (item.stopRule().mustStop(log.pain(), session.painBefore())) {
                        records.flagPain(me, day, round, log.itemId());
                        stopRuleMet(me, day, item, log.pain());
                    }
                }
            }
        }
        refreshProgress(me, day);
        if (entry.painBefore() != null || entry.painAfter() != null) {
            events.publishEvent(new PainReported(me, day, entry.painBefore(), entry.painAfter()));
        }
        if (note != null) {
            events.publishEvent(new SessionNoteWritten(me, day, round, note));
        }
        audit.record(AuditAction.RECORDED_SESSION, me, day + " round " + round);
        return session;
    }

    /**
     * Applies an action sent from the patient's phone, once: its key is stored in this transaction, so an action
     * applied before is answered as such and changes nothing. A refusal throws, like the entry itself would.
     */
    public ActionResult apply(LocalDate day, DayAction action) {
        var me = me();
        records.lockPatient(me);
        if (!records.claimAction(me, action.key(), day, clock.instant())) {
            return ActionResult.alreadyApplied(action.key());
        }
        return ActionResult.applied(action.key(), switch (action) {
            case DayAction.CheckInAnswers answers -> {
                if (!day.equals(today())) {
                    throw InvalidInputException.of(DayField.DAY, "day.check-in-today-only");
                }
                checkIn(answers.severeNeckPain(), answers.armSymptoms());
                yield null;
            }
            case DayAction.ExerciseEntry exercise -> record(day, exercise.round(), exercise.itemId(), exercise.entry());
            case DayAction.SessionUpdate session -> {
                recordSession(day, session.round(), session.entry());
                yield null;
            }
        });
    }

    /** Day-by-day adherence and pain, the streak and each exercise's record, from {@code from} to today. */
    @Transactional(readOnly = true)
    public History history(LocalDate from) {
        var me = me();
        var today = today();
        var since = today.minusDays(HISTORY_DAYS);
        var start = from.isBefore(since) ? since : from;
        var redFlags = records.redFlagDays(me, since.minusWeeks(1), today);
        var ledger = new AdherenceLedger(routines.plansOf(me),
                records.logs(me, since.minusWeeks(1), today.plusWeeks(1)), redFlags, today);
        var painAfter = new HashMap<LocalDate, Integer>();
        records.sessions(me, start, today).stream().filter(s -> s.painAfter() != null)
                .forEach(s -> painAfter.put(s.day(), s.painAfter()));
        var days = ledger.byDay(start, today);
        var results = new ArrayList<DayResult>();
        for (var day = start; !day.isAfter(today); day = day.plusDays(1)) {
            var adherence = days.getOrDefault(day, Adherence.NONE);
            results.add(new DayResult(day, adherence, painAfter.get(day), redFlags.contains(day)));
        }
        var total = days.values().stream().reduce(Adherence.NONE, Adherence::plus);
        return new History(start, today, results, total, ledger.streak(since), ledger.exercises(start, today));
    }

    private void check(LogEntry entry, ItemDetails item) {
        var problems = new EnumMap<DayField, Problem>(DayField.class);
        if (entry.status() == null && entry.pain() == null && entry.difficulty() == null) {
            problems.put(DayField.STATUS, Problem.of("day.nothing-to-save"));
        }
        var dosage = item.prescription().dosageOrNone();
        var prescribed = PartUnit.of(dosage).map(unit -> unit.prescribed(dosage)).orElse(null);
        if (entry.status() == LogStatus.PARTLY && (entry.partDone() == null || prescribed == null
                || entry.partDone() < 1 || entry.partDone() >= prescribed)) {
            problems.put(DayField.PART_DONE, Problem.of("day.part-range"));
        }
        if (entry.status() == LogStatus.SKIPPED && entry.skipReason() == null) {
            problems.put(DayField.SKIP_REASON, Problem.of("day.skip-reason-needed"));
        }
        if (!PainScale.valid(entry.pain())) {
            problems.put(DayField.PAIN, Problem.of("day.pain-range", PainScale.MIN, PainScale.MAX));
        }
        InvalidInputException.rejectIfAny(problems);
    }

    /** An exercise the patient is to check off on that day and round; anything else is "not found". */
    private static ItemDetails itemOn(List<RoutineDetails> plans, LocalDate day, long itemId, int round,
            List<LogRecord> dayLogs) {
        var logged = dayLogs.stream().map(LogRecord::itemId).collect(Collectors.toSet());
        return plans.stream()
                .flatMap(routine -> ScheduleExpansion.toFollow(routine, day, logged).stream())
                .filter(version -> ScheduleExpansion.offeredOn(version, day))
                .filter(version -> round >= 1 && round <= version.schedule().timesPerDay())
                .flatMap(version -> ScheduleExpansion.checkable(version).stream())
                .filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("routine item", itemId));
    }

    private static ItemDetails item(DayPlan plan, long itemId, int round) {
        return plan.routines().stream()
                .filter(routine -> round >= 1 && round <= routine.timesPerDay())
                .flatMap(routine -> ScheduleExpansion.checkable(routine.version()).stream())
                .filter(item -> item.id() == itemId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("routine item", itemId));
    }

    private void refreshProgress(long me, LocalDate day) {
        rollup.refresh(me, routines.plansOf(me), day, day);
    }

    private void stopRuleMet(long me, LocalDate day, ItemDetails item, int pain) {
        events.publishEvent(new StopRuleMet(me, day, item.exercise().id(), item.exercise().name(), pain));
    }

    /**
     * Today can be written after a check-in without a red flag; yesterday unless it or today had one (its
     * questions were about exercising then, so it is not asked again).
     */
    private void requireOpen(long me, LocalDate day) {
        if (!editable(day, today())) {
            throw InvalidInputException.of(DayField.DAY, "day.read-only");
        }
        var today = records.checkIn(me, today());
        if (redFlag(today) || (!day.equals(today()) && redFlag(records.checkIn(me, day)))) {
            throw InvalidInputException.of(DayField.DAY, "day.blocked");
        }
        if (day.equals(today()) && today.isEmpty()) {
            throw InvalidInputException.of(DayField.DAY, "day.check-in-first");
        }
    }

    private long me() {
        return currentUser.require().accountId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
