package org.rehabit.prescriptions.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.clinic.service.ClinicService;
import org.rehabit.patients.service.PatientAccess;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.Routine;
import org.rehabit.prescriptions.domain.RoutineItem;
import org.rehabit.prescriptions.domain.RoutinePlan;
import org.rehabit.prescriptions.domain.RoutineRepository;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.AuditAction;
import org.rehabit.security.domain.PatientSummary;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routines for a therapist's own patients: build, revise (a new version from a date), read, print. A patient may
 * list and print their own routines. Any other id is "not found", whoever asks.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class RoutineService {

    private final RoutineRepository routines;
    private final PatientAccess access;
    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final RoutineReader reader;
    private final RoutineHandout handout;
    private final ClinicService clinic;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoadUnit loadUnit;
    private final ApplicationEventPublisher events;

    RoutineService(RoutineRepository routines, PatientAccess access, CatalogService catalog,
            CurrentUser currentUser, RoutineReader reader, RoutineHandout handout, ClinicService clinic,
            MessageSource messages, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            @Value("${rehabit.load-unit:KG}") LoadUnit loadUnit) {
        this.routines = routines;
        this.events = events;
        this.loadUnit = loadUnit;
        this.access = access;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.reader = reader;
        this.handout = handout;
        this.clinic = clinic;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RoutineSummary> routinesOf(long patientId) {
        patient(patientId);
        return routines.findByPatientIdOrderByIdDesc(patientId).stream().map(reader::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PATIENT')")
    public List<RoutineSummary> myRoutines() {
        return routines.findByPatientIdOrderByIdDesc(currentUser.require().accountId()).stream().map(reader::summary)
                .toList();
    }

    public RoutineDetails get(long routineId) {
        var routine = mine(routineId);
        var details = reader.details(routine, patient(routine.getPatientId()).displayName());
        audit.viewed(AuditAction.VIEWED_ROUTINE, routine.getPatientId(), "routine " + routineId);
        return details;
    }

    /** Saves a new routine for one of the therapist's patients, starting on the draft's start date. */
    public long create(long patientId, RoutineDraft draft) {
        patient(patientId);
        var me = currentUser.require().accountId();
        var routine = new Routine(patientId, me, clock.instant());
        routine.revise(plan(draft, today(), Set.of()), me, clock.instant());
        var id = routines.saveAndFlush(routine).getId();
        audit.record(AuditAction.PRESCRIBED_ROUTINE, patientId, "routine " + id);
        return id;
    }

    /**
     * Adds a version taking effect on the draft's start date. {@code openedVersion} is the routine's version the
     * therapist started from; if someone saved in between, nothing is saved and the conflict is reported.
     */
    public void revise(long routineId, long openedVersion, RoutineDraft draft) {
        var routine = allowed(routines.findForUpdate(routineId)
                .orElseThrow(() -> new RecordNotFoundException("routine", routineId)));
        if (routine.getVersion() != openedVersion) {
            throw new ConcurrentEditException("Routine " + routineId);
        }
        var latest = routine.latest();
        var earliest = latest.getEffectiveFrom().isAfter(today()) ? latest.getEffectiveFrom() : today();
        var kept = new HashSet<Long>();
        latest.getItems().forEach(item -> kept.add(item.getPrescription().exerciseId()));
        routine.revise(plan(draft, earliest, kept), currentUser.require().accountId(), clock.instant());
        routines.flush();
        audit.record(AuditAction.REVISED_ROUTINE, routine.getPatientId(),
                "routine " + routineId + " version " + routine.latest().getNumber());
        events.publishEvent(new RoutineRevised(routine.getPatientId(), routineId));
    }

    /**
     * Every routine of a patient with all its versions, for working out what is scheduled on which day: the
     * patient's own, or a therapist's patient's.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT', 'SYSTEM')")
    public List<RoutineDetails> plansOf(long patientId) {
        access.check(patientId);
        // the system (a scheduled job) has no account, and no use for the name
        var name = currentUser.get().map(me -> me.role() == Role.PATIENT ? me.displayName()
                : patient(patientId).displayName()).orElse("");
        return routines.findByPatientIdOrderByIdDesc(patientId).stream()
                .map(routine -> reader.details(routine, name)).toList();
    }

    /**
     * The routine of one of the therapist's patients to change for an alert: the routine in force holding the
     * exercise, else the newest one in force (or about to start); empty when the patient has none.
     */
    @Transactional(readOnly = true)
    public Optional<Long> routineToChange(long patientId, Long exerciseId) {
        var current = plansOf(patientId).stream().filter(routine -> routine.state() != RoutineState.ENDED).toList();
        return current.stream()
                .filter(routine -> routine.latest().items().stream()
                        .anyMatch(item -> Objects.equals(item.exercise().id(), exerciseId)))
                .findFirst().or(() -> current.stream().findFirst()).map(RoutineDetails::id);
    }

    /** The unit the clinic gives loads in (kg or lb). */
    public LoadUnit loadUnit() {
        return loadUnit;
    }

    /** The patients who have a routine, for scheduled jobs. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('SYSTEM')")
    public List<Long> patientsWithRoutines() {
        return routines.findPatientIdsWithRoutines();
    }

    /** The routine as a printable PDF, for the patient's therapist or the patient themselves. */
    @PreAuthorize("hasAnyRole('THERAPIST', 'PATIENT')")
    public byte[] handout(long routineId, Locale locale) {
        var routine = mine(routineId);
        var patientName = currentUser.require().role() == Role.PATIENT ? currentUser.require().displayName()
                : patient(routine.getPatientId()).displayName();
        var details = reader.details(routine, patientName);
        var version = details.current();
        var content = new HandoutContent(patientName, version.createdBy(), routine.startDate(), version, today(),
                clinic.profile());
        var pdf = handout.render(content, (key, params) -> messages.getMessage(key, params, locale), locale);
        audit.viewed(AuditAction.DOWNLOADED_HANDOUT, routine.getPatientId(), "routine " + routineId);
        return pdf;
    }

    private RoutinePlan plan(RoutineDraft draft, LocalDate earliest, Set<Long> alreadyPrescribed) {
        var items = draft.items() == null ? List.<ItemDraft>of() : draft.items();
        var exercises = catalog.instructions(items.stream().filter(Objects::nonNull).map(ItemDraft::exerciseId)
                .filter(Objects::nonNull).toList());
        new RoutineRules(exercises, alreadyPrescribed).check(draft, today(), earliest);
        var me = currentUser.require().accountId();
        var routineItems = new ArrayList<RoutineItem>();
        for (var draftItem : items) {
            var dosage = draftItem.dosage() == null || draftItem.dosage().isEmpty() ? null : draftItem.dosage();
            var item = new RoutineItem(routineItems.size(), new PrescribedExercise(draftItem.exerciseId(), dosage,
                    draftItem.restSeconds(), blankToNull(draftItem.note()), draftItem.load(), draftItem.stopAt(),
                    draftItem.stopRise()));
            if (exercises.get(draftItem.exerciseId()).toAvoid()) {
                item.confirmAvoid(me, clock.instant());
            }
            routineItems.add(item);
        }
        return new RoutinePlan(draft.startDate(), draft.name().strip(), draft.endDate(), draft.schedule(),
                routineItems);
    }

    /** A routine whose patient the signed-in user may see (see {@link PatientAccess}); "not found" otherwise. */
    private Routine mine(long routineId) {
        return allowed(find(routineId));
    }

    private Routine allowed(Routine routine) {
        if (!access.may(routine.getPatientId())) {
            throw new RecordNotFoundException("routine", routine.getId());
        }
        return routine;
    }

    private Routine find(long routineId) {
        return routines.findById(routineId).orElseThrow(() -> new RecordNotFoundException("routine", routineId));
    }

    private PatientSummary patient(long patientId) {
        return access.myPatient(patientId);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
