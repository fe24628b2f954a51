package org.rehabit.prescriptions.service;

import static org.rehabit.base.service.InvalidInputException.rejectIfAny;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.prescriptions.domain.RoutineTemplate;
import org.rehabit.prescriptions.domain.RoutineTemplateRepository;
import org.rehabit.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Templates: the shared starters and each therapist's own. A therapist never sees or uses another therapist's
 * templates. A template holds no exercise to avoid, so a routine started from one needs no confirmation.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class TemplateService {

    private final RoutineTemplateRepository templates;
    private final RoutineService routines;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplateService(RoutineTemplateRepository templates, RoutineService routines, CurrentUser currentUser,
            Clock clock) {
        this.templates = templates;
        this.routines = routines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateSummary> templates() {
        return templates.findVisibleTo(me()).stream().map(t -> new TemplateSummary(t.getId(), t.getName(),
                t.getDescription(), t.getItems().size(), t.getOwnerId() == null)).toList();
    }

    /** A new routine's draft, filled from the template, for the builder to adjust. */
    @Transactional(readOnly = true)
    public RoutineDraft start(long templateId, LocalDate startDate) {
        var template = templates.findVisibleTo(templateId, me())
                .orElseThrow(() -> new RecordNotFoundException("template", templateId));
        return new RoutineDraft(template.getName(), startDate, null, template.getSchedule(),
                template.getItems().stream().map(ItemDraft::of).toList());
    }

    /** Saves the routine's current version as one of the therapist's own templates. */
    public long saveAs(long routineId, String name) {
        var version = routines.get(routineId).current();
        var problems = new EnumMap<TemplateField, Problem>(TemplateField.class);
        var trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            problems.put(TemplateField.NAME, Problem.of("validation.required"));
        } else if (trimmed.length() > RoutineTemplate.NAME_MAX_LENGTH) {
            problems.put(TemplateField.NAME, Problem.of("validation.too-long"));
        } else if (templates.existsOwnedByName(me(), trimmed)) {
            problems.put(TemplateField.NAME, Problem.of("validation.template.name-taken"));
        }
        if (version.items().stream().anyMatch(item -> item.exercise().toAvoid())) {
            problems.put(TemplateField.ITEMS, Problem.of("validation.template.has-avoid"));
        }
        rejectIfAny(problems);
        var items = version.items().stream().map(ItemDetails::prescription).toList();
        return templates.save(new RoutineTemplate(trimmed, version.schedule(), items, me(), clock.instant()))
                .getId();
    }

    /** Deletes one of the therapist's own templates; shared ones stay. */
    public void delete(long templateId) {
        var template = templates.findVisibleTo(templateId, me()).filter(t -> t.getOwnerId() != null)
                .orElseThrow(() -> new RecordNotFoundException("template", templateId));
        templates.delete(template);
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
