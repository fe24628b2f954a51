package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Position;
import org.rehabit.catalog.domain.Side;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseDraft;
import org.rehabit.catalog.service.ExerciseField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
public class CatalogServiceTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    private TestAccount therapist;

    @BeforeEach
    void sign_in_as_a_therapist() {
        therapist = data.therapist();
        data.signIn(therapist);
    }

    public static ExerciseDraft wallPress(String name) {
        return new ExerciseDraft(name, "Pressing the back of the head into a towel against the wall.",
                ExerciseKind.EXERCISE, ExerciseCategory.STRENGTHENING, Position.STANDING, Set.of(BodyRegion.NECK),
                Set.of(Equipment.TOWEL), List.of("Stand with your back to a wall.", "Press gently and hold."),
                new Dosage(2, 5, 10, null, null), "Press gently.", "Stop if it hurts your neck.",
                CatalogStatus.RECOMMENDED, null, null);
    }

    @Test
    void a_therapist_adds_a_clinic_exercise_with_a_picture_and_finds_it_again() {
        var id = catalog.create(wallPress(), TestPictures.png(400, 300));

        var saved = catalog.get(id);
        assertThat(saved.name()).isEqualTo(wallPress().name());
        assertThat(saved.steps()).containsExactly("Stand with your back to a wall.", "Press gently and hold.");
        assertThat(saved.dosage()).isEqualTo(new Dosage(2, 5, 10, null, null));
        assertThat(saved.editable()).isTrue();
        assertThat(saved.hasImage()).isTrue();
        assertThat(catalog.image(id).orElseThrow().contentType()).isEqualTo("image/png");
    }

    @Test
    void each_bad_value_gets_its_message_and_nothing_is_saved() {
        var before = count();
        var bad = new ExerciseDraft(" ", "", ExerciseKind.EXERCISE, null, Position.SEATED, Set.of(), Set.of(),
                List.of(), new Dosage(11, 0, 301, Side.BOTH, null), null, null, CatalogStatus.AVOID, "", null);

        assertThatThrownBy(() -> catalog.create(bad, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).isEqualTo(Map.of(
                        ExerciseField.NAME, Problem.of("validation.required"),
                        ExerciseField.SUMMARY, Problem.of("validation.required"),
                        ExerciseField.CATEGORY, Problem.of("validation.required"),
                        ExerciseField.REGIONS, Problem.of("validation.required"),
                        ExerciseField.STEPS, Problem.of("validation.required"),
                        ExerciseField.SETS, Problem.of("validation.range", 1, 10),
                        ExerciseField.REPS, Problem.of("validation.range", 1, 100),
                        ExerciseField.HOLD, Problem.of("validation.range", 0, 300),
                        ExerciseField.STATUS_REASON, Problem.of("validation.required"),
                        ExerciseField.ALTERNATIVE, Problem.of("validation.catalog.alternative-required"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void time_based_items_take_minutes_not_repetitions() {
        var mixed = withDosage(new Dosage(2, 10, null, null, 20));
        assertThatThrownBy(() -> catalog.create(mixed, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry(ExerciseField.MINUTES,
                        Problem.of("validation.catalog.minutes-or-reps")));
    }

    @Test
    void names_are_unique_ignoring_case() {
        var copy = new ExerciseDraft("NECK TILT", "x", ExerciseKind.EXERCISE, ExerciseCategory.MOBILITY,
                Position.SEATED, Set.of(BodyRegion.NECK), Set.of(), List.of("x"), null, null, null,
                CatalogStatus.RECOMMENDED, null, null);
        assertThatThrownBy(() -> catalog.create(copy, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry(ExerciseField.NAME,
                        Problem.of("validation.catalog.name-taken")));
    }

    @Test
    void an_avoid_item_cannot_point_to_another_avoid_item() {
        var avoid = new ExerciseDraft(unique("Neck crack"), "Forcing the neck to click.", ExerciseKind.EXERCISE,
                ExerciseCategory.MOBILITY, Position.SEATED, Set.of(BodyRegion.NECK), Set.of(), List.of("Do not."), null,
                null, null, CatalogStatus.AVOID, "Forcing the joints can injure the neck.", idOf("Full sit-up"));
        assertThatThrownBy(() -> catalog.create(avoid, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry(ExerciseField.ALTERNATIVE,
                        Problem.of("validation.catalog.alternative-invalid")));
    }

    @Test
    void blank_steps_do_not_count_as_steps() {
        var draft = wallPress();
        var blank = new ExerciseDraft(draft.name(), draft.summary(), draft.kind(), draft.category(), draft.position(),
                draft.regions(), draft.equipment(), java.util.Arrays.asList(" ", null, ""), draft.dosage(),
                draft.cautions(), draft.stopIf(), draft.status(), draft.statusReason(), draft.alternativeId());
        assertThatThrownBy(() -> catalog.create(blank, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry(ExerciseField.STEPS, Problem.of("validation.required")));
    }

    @Test
    void advice_carries_no_dosage_not_even_a_side() {
        var draft = wallPress();
        var advice = new ExerciseDraft(unique("Sleep on your side"), draft.summary(), ExerciseKind.EDUCATION,
                ExerciseCategory.SELF_CARE, Position.ANY, draft.regions(), Set.of(), draft.steps(),
                new Dosage(null, null, null, Side.BOTH, null), null, null, CatalogStatus.RECOMMENDED, null, null);
        assertThatThrownBy(() -> catalog.create(advice, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsEntry(ExerciseField.SIDE,
                        Problem.of("validation.catalog.education-has-no-dosage")));
    }

    @Test
    void a_picture_is_checked_by_its_content_and_size() {
        var id = catalog.create(wallPress(), null);
        var version = catalog.get(id).version();
        var textPretendingToBePng = "<svg onload=alert(1)>".getBytes();
        var png = TestPictures.png(400, 300);
        var tooBig = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, tooBig, 0, png.length);

        assertThatThrownBy(() -> catalog.update(id, version, wallPress(), textPretendingToBePng))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ExerciseField.IMAGE, Problem.of("validation.catalog.image-type")));
        assertThatThrownBy(() -> catalog.update(id, version, wallPress(), tooBig))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ExerciseField.IMAGE, Problem.of("validation.catalog.image-size")));
        assertThatThrownBy(() -> catalog.update(id, version, wallPress(), TestPictures.png(80, 300)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(ExerciseField.IMAGE, Problem.of("validation.catalog.image-small", 120)));
        assertThat(catalog.get(id).hasImage()).isFalse();
    }

    @Test
    void jpeg_and_webp_pictures_are_drawn_again_before_they_are_stored() {
        var photo = TestPictures.jpegWithExif(400, 300, 1);
        var id = catalog.create(wallPress(), photo);
        var stored = catalog.image(id).orElseThrow();
        assertThat(stored.contentType()).isEqualTo("image/jpeg");
        assertThat(stored.data()).as("drawn again, without its metadata").isNotEqualTo(photo);
        assertThat(new String(stored.data(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("GPS");

        catalog.update(id, catalog.get(id).version(), wallPress(), TestPictures.webp());
        assertThat(catalog.image(id).orElseThrow().contentType()).isEqualTo("image/jpeg");
        assertThat(TestPictures.read(catalog.image(id).orElseThrow().data()).getWidth()).isEqualTo(240);
    }

    @Test
    void a_save_over_someone_elses_newer_change_is_refused() {
        var id = catalog.create(wallPress(), null);
        var opened = catalog.get(id).version();
        catalog.update(id, opened, withDosage(new Dosage(3, 5, 10, null, null)), null);

        assertThatThrownBy(() -> catalog.update(id, opened, withDosage(new Dosage(1, 5, 10, null, null)), null))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(catalog.get(id).dosage().sets()).isEqualTo(3);
    }

    @Test
    void seeded_items_are_read_only_for_therapists() {
        var tilt = catalog.get(idOf("Neck tilt"));
        assertThat(tilt.editable()).isFalse();
        assertThatThrownBy(() -> catalog.update(tilt.id(), tilt.version(), tilt.toDraft(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.retire(tilt.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void admins_may_correct_seeded_items() {
        data.signIn(data.admin());
        var tilt = catalog.get(idOf("Neck tilt"));
        var draft = tilt.toDraft();
        catalog.update(tilt.id(), tilt.version(), new ExerciseDraft(draft.name(), "A corrected summary.",
                draft.kind(), draft.category(), draft.position(), draft.regions(), draft.equipment(), draft.steps(),
                draft.dosage(), draft.cautions(), draft.stopIf(), draft.status(), draft.statusReason(),
                draft.alternativeId()), null);
        assertThat(catalog.get(tilt.id()).summary()).isEqualTo("A corrected summary.");
    }

    @Test
    void a_retired_item_stays_readable_and_can_come_back() {
        var id = catalog.create(wallPress(), null);
        catalog.retire(id);
        assertThat(catalog.get(id).retired()).isTrue();
        assertThat(catalog.alternatives()).noneMatch(option -> option.id() == id);
        catalog.restore(id);
        assertThat(catalog.get(id).retired()).isFalse();
    }

    @Test
    void a_clinic_exercise_shows_the_figure_of_a_seeded_one_it_picked_and_only_such_a_figure() {
        var id = catalog.create(wallPress(), null);
        assertThat(catalog.instructions(List.of(id)).get(id).figure()).isNull();

        catalog.showFigure(id, "Neck tilt");

        assertThat(catalog.instructions(List.of(id)).get(id).figure()).isEqualTo("Neck tilt");
        assertThat(catalog.get(id).figure()).isEqualTo("Neck tilt");
        for (var refused : new String[] {"No such figure", "Full sit-up"}) {
            assertThatThrownBy(() -> catalog.showFigure(id, refused)).as(refused)
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .containsEntry(ExerciseField.FIGURE, Problem.of("validation.catalog.figure")));
        }
        var tilt = jdbc.queryForObject("select id from exercise where name = 'Neck tilt'", Long.class);
        assertThatThrownBy(() -> catalog.showFigure(tilt, "Walking")).as("seeded: its own, and admins' only")
                .isInstanceOf(AccessDeniedException.class);
        catalog.showFigure(id, null);
        assertThat(catalog.get(id).figure()).isNull();
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThatThrownBy(() -> catalog.get(987_654L)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> catalog.image(987_654L)).isInstanceOf(RecordNotFoundException.class);
    }

    /** The wall press under a name of this test's own, so no exercise another test left behind can clash. */
    private ExerciseDraft wallPress() {
        return wallPress(unique("Wall press"));
    }

    private String unique(String name) {
        return name + " " + therapist.id();
    }

    private ExerciseDraft withDosage(Dosage dosage) {
        var draft = wallPress();
        return new ExerciseDraft(draft.name(), draft.summary(), draft.kind(), draft.category(), draft.position(),
                draft.regions(), draft.equipment(), draft.steps(), dosage, draft.cautions(), draft.stopIf(),
                draft.status(), draft.statusReason(), draft.alternativeId());
    }

    private long idOf(String name) {
        return jdbc.queryForObject("select id from exercise where name = ?", Long.class, name);
    }

    /** The exercises this test's therapist added. */
    private long count() {
        return jdbc.queryForObject("select count(*) from exercise where created_by = ?", Long.class,
                therapist.id());
    }
}
