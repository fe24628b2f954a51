package org.rehabit.adherence.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rehabit.adherence.domain.CaseloadAlert;
import org.rehabit.adherence.domain.CaseloadFigures;
import org.rehabit.adherence.domain.ProgressQueries;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AccountService;
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

    /** A week below this adherence needs attention. */
    static final double LOW_ADHERENCE = 0.5;
    /** The longest range a progress page shows. */
    static final int MAX_DAYS = 366;

    private final ProgressQueries queries;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(ProgressQueries queries, AccountService accounts, CatalogService catalog,
            CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.accounts = accounts;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Every patient of the signed-in therapist, those needing attention first, then by name. Not read-only: the
     * first look of the day brings the patients' summaries up to date.
     */
    @Transactional
    public List<CaseloadRow> caseload() {
        return queries.caseload(currentUser.require().accountId(), LocalDate.now(clock)).stream()
                .map(figures -> new CaseloadRow(figures, needsAttention(figures)))
                .sorted(Comparator.comparing((CaseloadRow row) -> !row.needsAttention())
                        .thenComparing(row -> -row.figures().openAlerts())
                        .thenComparing(row -> row.figures().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public List<CaseloadAlert> openAlerts() {
        return queries.openAlerts(currentUser.require().accountId());
    }

    /** A patient's progress over a range: the therapist's own patient, or the patient themselves. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT')")
    public Progress progress(long patientId, LocalDate from, LocalDate to) {
        var me = currentUser.require();
        if (me.role() == Role.PATIENT ? me.accountId() != patientId : accounts.myPatient(patientId).isEmpty()) {
            throw new RecordNotFoundException("patient", patientId);
        }
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException(Map.of(DayField.DAY, "progress.range"));
        }
        var exercises = queries.exercises(patientId, from, to);
        var names = catalog.instructions(exercises.stream().map(e -> e.exerciseId()).toList());
        return new Progress(from, to, queries.weeks(patientId, from, to), queries.painDays(patientId, from, to),
                exercises.stream().map(e -> new Progress.ExerciseLine(names.get(e.exerciseId()).name(), e)).toList());
    }

    private static boolean needsAttention(CaseloadFigures figures) {
        return figures.openAlerts() > 0
                || figures.last7().ratio().orElse(1) < LOW_ADHERENCE
                || figures.painTrend().orElse(0) >= AlertRules.PAIN_RISE;
    }
}
