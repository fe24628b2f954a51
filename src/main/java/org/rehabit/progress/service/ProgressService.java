package org.rehabit.progress.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.Progression;
import org.rehabit.adherence.service.Progressions;
import org.rehabit.alerts.domain.PainTrend;
import org.rehabit.alerts.service.AlertService;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.progress.domain.CaseloadFigures;
import org.rehabit.progress.domain.ProgressQueries;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.service.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress for therapists (their caseload, each of their patients) and for patients (their own): read from the
 * daily roll-up and aggregated in SQL.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class ProgressService {

    /** The field a refusal points at. */
    public enum ProgressField { RANGE }

    /** A week below this adherence needs attention. */
    static final double LOW_ADHERENCE = 0.5;
    /** The longest range a progress page shows. */
    static final int MAX_DAYS = 366;

    private final ProgressQueries queries;
    private final AlertService alerts;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Progressions progressions;
    private final RoutineService routines;
    private final Clock clock;

    ProgressService(ProgressQueries queries, AlertService alerts, PatientAccess access,
            CurrentUser currentUser, AuditTrail audit, Progressions progressions, RoutineService routines,
            Clock clock) {
        this.queries = queries;
        this.progressions = progressions;
        this.routines = routines;
        this.alerts = alerts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Every patient of the signed-in therapist, those needing attention first, then by name, and their open
     * alerts. Not read-only: the first look of the day brings the patients' summaries up to date.
     */
    @Transactional
    public Caseload caseload() {
        var figures = queries.caseload(currentUser.require().accountId(), LocalDate.now(clock));
        var openAlerts = alerts.openAlertsOfMyPatients();
        var alertCounts = openAlerts.stream()
                .collect(Collectors.groupingBy(alert -> alert.patientId(), Collectors.counting()));
        var rows = figures.stream()
                .map(patient -> row(patient, alertCounts.getOrDefault(patient.patientId(), 0L).intValue()))
                .sorted(Comparator.comparing((CaseloadRow row) -> !row.needsAttention())
                        .thenComparing(row -> -row.openAlerts())
                        .thenComparing(row -> row.figures().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        audit.record(AuditAction.VIEWED_CASELOAD, null, rows.size() + " patients");
        return new Caseload(rows, openAlerts);
    }

    /**
     * A patient's progress over a range: the therapist's own patient, or the patient themselves. Not read-only: a
     * therapist's look is audited.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT')")
    public Progress progress(long patientId, LocalDate from, LocalDate to) {
        access.check(patientId);
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw InvalidInputException.of(ProgressField.RANGE, "progress.range");
        }
        var progress = new Progress(from, to, queries.weeks(patientId, from, to), queries.days(patientId, from, to),
                queries.exercises(patientId, from, to));
        audit.viewed(AuditAction.VIEWED_PROGRESS, patientId, from + " to " + to);
        return progress;
    }

    /** The progression suggestions for one of the therapist's patients, worked out now. */
    public List<Progression.Suggestion> suggestions(long patientId) {
        access.check(patientId);
        return progressions.of(patientId);
    }

    /**
     * Accepts a suggestion, if it still stands: a new version of its routine, from today, with the exercise at the
     * proposed dose and everything else as it was. False when there is no such suggestion (any more).
     */
    @Transactional
    public boolean accept(long patientId, long routineId, long exerciseId, Progression.Direction direction) {
        access.check(patientId);
        var suggestion = progressions.of(patientId).stream().filter(s -> s.routineId() == routineId
                && s.exerciseId() == exerciseId && s.direction() == direction).findFirst();
        if (suggestion.isEmpty()) {
            return false;
        }
        var routine = routines.get(suggestion.get().routineId());
        var today = LocalDate.now(clock);
        var latest = routine.latest();
        var items = latest.items().stream().map(item -> {
            var draft = item.exercise().id() == exerciseId ? ItemDraft.of(suggestion.get().proposed())
                    : item.toDraft();
            return item.avoidConfirmedBy() == null ? draft : draft.confirmingAvoid();
        }).toList();
        var from = latest.effectiveFrom().isAfter(today) ? latest.effectiveFrom() : today;
        // the dashboard's count follows through RoutineRevised
        routines.revise(routine.id(), routine.version(), latest.toDraft(from).withItems(items));
        return true;
    }

    private static CaseloadRow row(CaseloadFigures figures, int openAlerts) {
        var needsAttention = openAlerts > 0
                || figures.last7().ratio().orElse(1) < LOW_ADHERENCE
                || figures.painTrend().map(PainTrend::rising).orElse(false);
        return new CaseloadRow(figures, openAlerts, needsAttention);
    }
}
