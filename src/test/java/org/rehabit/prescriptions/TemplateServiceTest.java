package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.TemplateField;
import org.rehabit.prescriptions.service.TemplateService;
import org.rehabit.prescriptions.service.TemplateSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Starting routines from the seeded starters, and saving a routine as the therapist's own template. */
@IntegrationTest
@Transactional
class TemplateServiceTest {

    @Autowired
    TemplateService templates;
    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private LocalDate today;
    private TestAccount patient;

    @BeforeEach
    void sign_in_as_a_therapist_with_a_patient() {
        today = LocalDate.now(clock);
        var therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.signIn(therapist);
    }

    @Test
    void both_seeded_starters_make_a_routine_that_saves_as_it_is() {
        for (var name : List.of("Neck pain starter", "Low back and core starter")) {
            var draft = templates.start(template(name).id(), today);
            var id = routines.create(patient(), draft);
            assertThat(routines.get(id).current().items()).as(name).hasSizeGreaterThanOrEqualTo(5);
        }
        var neck = templates.start(template("Neck pain starter").id(), today);
        assertThat(neck.items().getFirst().dosage()).isEqualTo(new Dosage(1, 5, 5, null, null));
    }

    @Test
    void a_routine_saved_as_a_template_becomes_the_therapists_own() {
        var id = routines.create(patient(), new RoutineDraft("Shoulders", today, null,
                Schedule.daysPerWeek(3, 2), List.of(new ItemDraft(exercise("Reverse dumbbell fly"),
                        new Dosage(2, 10, null, null, null), 45, "Light weights only", false, null, null, null))));

        templates.saveAs(id, "  Shoulder basics ");

        var saved = template("Shoulder basics");
        assertThat(saved.shared()).isFalse();
        var draft = templates.start(saved.id(), today.plusDays(1));
        assertThat(draft.schedule()).isEqualTo(Schedule.daysPerWeek(3, 2));
        assertThat(draft.items()).singleElement().satisfies(item -> {
            assertThat(item.restSeconds()).isEqualTo(45);
            assertThat(item.note()).isEqualTo("Light weights only");
        });
        assertThatThrownBy(() -> templates.saveAs(id, "shoulder BASICS"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(TemplateField.NAME, Problem.of("validation.template.name-taken")));
        templates.delete(saved.id());
        assertThat(templates.templates()).extracting(TemplateSummary::name).doesNotContain("Shoulder basics");
    }

    @Test
    void a_routine_with_an_exercise_to_avoid_cannot_become_a_template() {
        var id = routines.create(patient(), new RoutineDraft("Core", today, null, Schedule.everyDay(),
                List.of(new ItemDraft(exercise("Full sit-up"), new Dosage(1, 5, null, null, null), null, null, true,
                        null, null, null))));

        assertThatThrownBy(() -> templates.saveAs(id, "Core"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(TemplateField.ITEMS, Problem.of("validation.template.has-avoid")));
    }

    private TemplateSummary template(String name) {
        return templates.templates().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private long patient() {
        return patient.id();
    }

    private long exercise(String name) {
        return RoutineDrafts.exercise(jdbc, name);
    }
}
