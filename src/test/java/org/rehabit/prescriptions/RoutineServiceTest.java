package org.rehabit.prescriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.Problem;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Side;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.LoadUnit;
import org.rehabit.prescriptions.domain.Schedule;
import org.rehabit.prescriptions.service.ChangeKind;
import org.rehabit.prescriptions.service.ItemDraft;
import org.rehabit.prescriptions.service.ItemField;
import org.rehabit.prescriptions.service.PrescriptionText;
import org.rehabit.prescriptions.service.RoutineDraft;
import org.rehabit.prescriptions.service.RoutineField;
import org.rehabit.prescriptions.service.RoutineRejectedException;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.prescriptions.service.VersionChange;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Building and revising routines: dosage limits, the avoid confirmation, versions and their history. */
@IntegrationTest
@Transactional
class RoutineServiceTest {

    @Autowired
    RoutineService routines;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @PersistenceContext
    EntityManager entities;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    private LocalDate today;
    private TestAccount therapist;
    private TestAccount patient;

    @BeforeEach
    void sign_in_as_a_therapist_with_a_patient() {
        today = LocalDate.now(clock);
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.signIn(therapist);
    }

    @Test
    void a_routine_is_saved_with_its_items_in_order() {
        var id = routines.create(patient(), draft(today, item("Neck tilt", 1, 5), item("Walking", null, null)));

        var routine = routines.get(id);
        assertThat(routine.state()).isEqualTo(RoutineState.ACTIVE);
        assertThat(routine.current().items()).extracting(item -> item.exercise().name())
                .containsExactly("Neck tilt", "Walking");
        assertThat(routine.current().items().get(1).prescription().dosage().minutes()).isEqualTo(20);
    }

    @Test
    void out_of_range_dosage_is_refused_item_by_item_and_nothing_is_saved() {
        var before = routineCount();
        var tooMuch = new ItemDraft(exercise("Neck tilt"), new Dosage(11, 101, 301, null, null), 601, null, false, null,
                null, null);
        var noDose = new ItemDraft(exercise("Chair twist"), Dosage.NONE, null, null, false, null, null, null);

        assertThatThrownBy(() -> routines.create(patient(), draft(today, tooMuch, noDose)))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> {
                    assertThat(e.problems()).containsEntry(RoutineField.ITEMS,
                            Problem.of("validation.routine.items-invalid"));
                    assertThat(e.itemProblems().get(0)).containsOnly(
                            Map.entry(ItemField.SETS, Problem.of("validation.range", 1, 10)),
                            Map.entry(ItemField.REPS, Problem.of("validation.range", 1, 100)),
                            Map.entry(ItemField.HOLD, Problem.of("validation.range", 0, 300)),
                            Map.entry(ItemField.REST, Problem.of("validation.range", 0, 600)));
                    assertThat(e.itemProblems().get(1)).containsEntry(ItemField.SETS,
                            Problem.of("validation.routine.dose-required"));
                });
        assertThat(routineCount()).isEqualTo(before);
    }

    @Test
    void the_routines_own_fields_are_checked() {
        var bad = new RoutineDraft(" ", today.minusDays(1), today.minusDays(2), new Schedule(0, null, 7), List.of());

        assertThatThrownBy(() -> routines.create(patient(), bad))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> assertThat(e.problems()).containsOnly(
                        Map.entry(RoutineField.NAME, Problem.of("validation.required")),
                        Map.entry(RoutineField.START_DATE, Problem.of("validation.routine.start-past")),
                        Map.entry(RoutineField.END_DATE, Problem.of("validation.routine.end-before-start")),
                        Map.entry(RoutineField.SCHEDULE, Problem.of("validation.routine.weekdays-required")),
                        Map.entry(RoutineField.TIMES_PER_DAY, Problem.of("validation.range", 1, 6)),
                        Map.entry(RoutineField.ITEMS, Problem.of("validation.routine.no-items"))));
    }

    @Test
    void an_exercise_to_avoid_needs_a_confirmation_which_records_who_gave_it() {
        var sitUp = new ItemDraft(exercise("Full sit-up"), new Dosage(1, 5, null, null, null), null, null, false, null,
                null, null);

        assertThatThrownBy(() -> routines.create(patient(), draft(today, sitUp)))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> assertThat(e.itemProblems().get(0))
                        .containsEntry(ItemField.AVOID, Problem.of("validation.routine.avoid-unconfirmed")));

        var id = routines.create(patient(), draft(today, sitUp.confirmingAvoid(), item("Neck tilt", 1, 5)));
        var items = routines.get(id).current().items();
        assertThat(items.getFirst().avoidConfirmedBy()).isEqualTo(therapist.displayName());
        assertThat(items.getFirst().avoidConfirmedAt()).isNotNull();
        assertThat(items.get(1).avoidConfirmedBy()).as("only items to avoid carry a confirmation").isNull();
    }

    @Test
    void a_load_and_stop_limits_are_kept_within_bounds_and_a_new_version_lists_their_changes() {
        var fly = exercise("Reverse dumbbell fly");
        var heavy = new ItemDraft(fly, new Dosage(2, 10, null, null, null), null, null, false,
                new Load(new BigDecimal("2.5"), LoadUnit.KG), 9, 0);
        assertThatThrownBy(() -> routines.create(patient(), draft(today, heavy)))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> assertThat(e.itemProblems().get(0))
                        .containsOnlyKeys(ItemField.STOP_AT, ItemField.STOP_RISE));
        var zero = new ItemDraft(fly, new Dosage(2, 10, null, null, null), null, null, false,
                new Load(BigDecimal.ZERO, LoadUnit.KG), null, null);
        assertThatThrownBy(() -> routines.create(patient(), draft(today, zero)))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> assertThat(e.itemProblems().get(0))
                        .containsOnlyKeys(ItemField.LOAD));

        var id = routines.create(patient(), draft(today, new ItemDraft(fly, new Dosage(2, 10, null, null, null), 30,
                null, false, new Load(new BigDecimal("2.5"), LoadUnit.KG), 6, 2)));
        var saved = routines.get(id);
        var prescription = saved.current().items().getFirst().prescription();
        assertThat(prescription.load()).isEqualTo(new Load(new BigDecimal("2.5"), LoadUnit.KG));
        assertThat(PrescriptionText.dosage(prescription, (key, args) -> messages.getMessage(key, args,
                Locale.ENGLISH))).isEqualTo("2 sets, 10 reps, 2.5 kg, rest 30 s between sets");
        routines.revise(id, saved.version(), new RoutineDraft("Neck routine", today, null, Schedule.everyDay(),
                List.of(new ItemDraft(fly, new Dosage(2, 10, null, null, null), 30, null, false,
                        new Load(new BigDecimal("2"), LoadUnit.KG), null, null))));
        assertThat(routines.get(id).latest().changes()).extracting(VersionChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.LOAD, ChangeKind.STOP_RULE);
    }

    @Test
    void a_new_version_takes_effect_on_its_date_and_leaves_the_earlier_one_untouched() {
        var id = routines.create(patient(), draft(today, item("Neck tilt", 1, 5), item("Chair twist", 1, 3)));
        var first = routines.get(id);
        var firstItemIds = first.current().items().stream().map(item -> item.id()).toList();
        var next = new RoutineDraft("Neck, week 2", today.plusDays(7), today.plusDays(60),
                Schedule.daysPerWeek(5, 2), List.of(item("Chair twist", 2, 3), item("Half crunch", 2, 10)));

        routines.revise(id, first.version(), next);

        var revised = routines.get(id);
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.current().number()).as("version 2 is not in force before its date").isEqualTo(1);
        assertThat(revised.current().items()).extracting(item -> item.id()).isEqualTo(firstItemIds);
        assertThat(revised.latest().effectiveFrom()).isEqualTo(today.plusDays(7));
        assertThat(revised.latest().changes()).extracting(VersionChange::kind).containsExactlyInAnyOrder(
                ChangeKind.RENAMED, ChangeKind.END_DATE, ChangeKind.SCHEDULE, ChangeKind.DOSAGE, ChangeKind.ADDED,
                ChangeKind.REMOVED);
        assertThat(revised.latest().changes()).filteredOn(change -> change.kind() == ChangeKind.DOSAGE)
                .singleElement().satisfies(change -> {
                    assertThat(change.exercise()).isEqualTo("Chair twist");
                    assertThat(change.before()).isEqualTo(new Dosage(1, 3, null, Side.BOTH, null));
                    assertThat(change.after()).isEqualTo(new Dosage(2, 3, null, Side.BOTH, null));
                });
    }

    @Test
    void a_new_version_cannot_start_in_the_past_or_before_the_latest_one() {
        var id = routines.create(patient(), draft(today.plusDays(10), item("Neck tilt", 1, 5)));
        var version = routines.get(id).version();

        assertThatThrownBy(() -> routines.revise(id, version, draft(today.minusDays(1), item("Neck tilt", 1, 6))))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(RoutineField.START_DATE, Problem.of("validation.routine.start-past")));
        assertThatThrownBy(() -> routines.revise(id, version, draft(today.plusDays(9), item("Neck tilt", 1, 6))))
                .isInstanceOfSatisfying(RoutineRejectedException.class, e -> assertThat(e.problems())
                        .containsEntry(RoutineField.START_DATE,
                                Problem.of("validation.routine.before-latest-version")));
    }

    @Test
    void before_the_start_a_version_dated_on_the_start_day_replaces_the_first() {
        var start = today.plusDays(5);
        var id = routines.create(patient(), draft(start, item("Neck tilt", 1, 5)));
        var revised = new RoutineDraft("Neck routine, gentler", start, null, Schedule.everyDay(),
                List.of(item("Neck tilt", 1, 3)));

        routines.revise(id, routines.get(id).version(), revised);

        var routine = routines.get(id);
        assertThat(routine.state()).isEqualTo(RoutineState.UPCOMING);
        assertThat(routine.current().number()).as("the version the patient will start with").isEqualTo(2);
        assertThat(routines.routinesOf(patient())).filteredOn(summary -> summary.id() == id).singleElement()
                .satisfies(summary -> assertThat(summary.name()).isEqualTo("Neck routine, gentler"));
    }

    @Test
    void saving_from_a_stale_version_is_a_conflict_not_an_overwrite() {
        var id = routines.create(patient(), draft(today, item("Neck tilt", 1, 5)));
        var opened = routines.get(id).version();
        routines.revise(id, opened, draft(today, item("Neck tilt", 2, 5)));

        assertThatThrownBy(() -> routines.revise(id, opened, draft(today, item("Neck tilt", 3, 5))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(routines.get(id).versions()).hasSize(2);
        assertThat(routines.get(id).latest().items().getFirst().prescription().dosage().sets()).isEqualTo(2);
    }

    @Test
    void the_same_exercise_cannot_be_prescribed_twice_in_one_version() {
        assertThatThrownBy(() -> routines.create(patient(), draft(today, item("Neck tilt", 1, 5),
                item("Neck tilt", 2, 5)))).isInstanceOfSatisfying(RoutineRejectedException.class,
                        e -> assertThat(e.itemProblems().get(1)).containsEntry(ItemField.EXERCISE,
                                Problem.of("validation.routine.exercise-twice")));
    }

    @Test
    void an_alert_changes_the_routine_in_force_that_holds_its_exercise() {
        assertThat(routines.routineToChange(patient(), null)).as("no routine yet").isEmpty();
        var ended = routines.create(patient(), draft(today, item("Walking", null, null)));
        jdbc.update("update routine_version set effective_from = ?, end_date = ? where routine_id = ?",
                today.minusDays(30), today.minusDays(2), ended);
        entities.clear();
        var neck = routines.create(patient(), draft(today, item("Neck tilt", 1, 5)));
        var back = routines.create(patient(), draft(today, item("Half crunch", 2, 10)));

        assertThat(routines.routineToChange(patient(), exercise("Neck tilt"))).contains(neck);
        assertThat(routines.routineToChange(patient(), exercise("Half crunch"))).contains(back);
        assertThat(routines.routineToChange(patient(), exercise("Walking"))).as("not the ended routine, the newest")
                .contains(back);
        assertThat(routines.routineToChange(patient(), null)).contains(back).isNotEqualTo(ended);
    }

    private ItemDraft item(String name, Integer sets, Integer reps) {
        var id = exercise(name);
        if (sets == null) {
            return new ItemDraft(id, new Dosage(null, null, null, null, 20), null, null, false, null, null, null);
        }
        var side = name.equals("Chair twist") ? Side.BOTH : null;
        return new ItemDraft(id, new Dosage(sets, reps, null, side, null), null, null, false, null, null, null);
    }

    private static RoutineDraft draft(LocalDate start, ItemDraft... items) {
        return new RoutineDraft("Neck routine", start, null, Schedule.everyDay(), List.of(items));
    }

    private long patient() {
        return patient.id();
    }

    private long exercise(String name) {
        return RoutineDrafts.exercise(jdbc, name);
    }

    private long routineCount() {
        return jdbc.queryForObject("select count(*) from routine where patient_id = ?", Long.class, patient.id());
    }
}
