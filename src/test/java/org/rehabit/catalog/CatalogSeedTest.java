package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseFigures;
import org.rehabit.catalog.service.ExerciseSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The migration seeds every exercise, "avoid" entry and piece of advice from the clinical notes. Only seeded items
 * are looked at: other tests may have added exercises of their own.
 */
@IntegrationTest
class CatalogSeedTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @BeforeEach
    void sign_in_as_a_therapist() {
        data.signIn(data.therapist());
    }

    @Test
    void every_seeded_exercise_has_a_moving_figure_and_every_figure_an_exercise() {
        var exercises = jdbc.queryForList("select name from exercise where seeded and kind = 'EXERCISE'",
                String.class);

        assertThat(exercises).hasSize(18);
        assertThat(ExerciseFigures.load().keySet()).containsExactlyInAnyOrderElementsOf(exercises);
    }

    @Test
    void every_recommended_exercise_and_piece_of_advice_is_there() {
        assertThat(names(CatalogStatus.RECOMMENDED)).contains("Neck tilt", "Side-to-side neck tilt",
                "Rounded back (cat-cow)", "Reverse dumbbell fly", "Chair twist", "Core leg press", "Forward lunge",
                "Half crunch", "Supine hamstring stretch", "Walking", "Foam rolling of glutes and hip flexors",
                "Rest wisely", "Heat for neck and back", "Posture and sleeping position", "Lifting with lighter loads",
                "When not to exercise");
    }

    @Test
    void the_red_flags_and_the_rest_advice_say_what_the_notes_say() {
        var redFlags = catalog.get(idOf("When not to exercise"));
        assertThat(String.join(" ", redFlags.steps())).contains("severe", "weak", "physiotherapist or doctor");
        assertThat(String.join(" ", catalog.get(idOf("Rest wisely")).steps())).contains("one or two days");
        assertThat(String.join(" ", catalog.get(idOf("Lifting with lighter loads")).steps()))
                .contains("head moves forward", "back arches");
    }

    @Test
    void every_recommended_exercise_says_to_stop_at_once_for_neck_pain() {
        assertThat(jdbc.queryForList("""
                select name from exercise
                where seeded and kind = 'EXERCISE' and status = 'RECOMMENDED' and stop_if not ilike '%neck pain%'
                """, String.class)).isEmpty();
    }

    @Test
    void every_avoid_entry_names_its_safer_alternative() {
        Map<String, String> alternatives = Map.of(
                "Full sit-up", "Half crunch",
                "Standing toe touch", "Supine hamstring stretch",
                "Heavy deadlift", "Lifting with lighter loads",
                "Heavy squat", "Lifting with lighter loads",
                "Olympic lifts", "Lifting with lighter loads",
                "Loaded flexion exercises", "Lifting with lighter loads",
                "Foam rolling on the lower back", "Foam rolling of glutes and hip flexors");
        assertThat(names(CatalogStatus.AVOID)).containsExactlyInAnyOrderElementsOf(alternatives.keySet());
        alternatives.forEach((avoid, instead) -> {
            var details = catalog.get(idOf(avoid));
            assertThat(details.statusReason()).as(avoid).isNotBlank();
            assertThat(details.alternative().name()).as(avoid).isEqualTo(instead);
        });
    }

    @Test
    void the_neck_exercises_carry_the_stop_rule_and_the_article_dosage() {
        var tilt = catalog.get(idOf("Neck tilt"));
        assertThat(tilt.stopIf()).containsIgnoringCase("neck pain");
        assertThat(tilt.dosage().reps()).isEqualTo(5);
        assertThat(tilt.dosage().holdSeconds()).isEqualTo(5);
        assertThat(catalog.get(idOf("Side-to-side neck tilt")).dosage().side())
                .isEqualTo(org.rehabit.catalog.domain.Side.BOTH);
    }

    @Test
    void every_seeded_item_cites_its_source_and_has_steps() {
        assertThat(jdbc.queryForObject("select count(*) from exercise where seeded and attribution is null",
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from exercise e where seeded
                and not exists (select 1 from exercise_step s where s.exercise_id = e.id)
                """, Long.class)).isZero();
    }

    /** The seeded items of the status, as the catalog search lists them. */
    private List<String> names(CatalogStatus status) {
        var seeded = Set.copyOf(jdbc.queryForList("select name from exercise where seeded", String.class));
        return catalog.search(new CatalogFilter(null, null, null, null, false, null, status, false),
                Pageable.ofSize(1000)).map(ExerciseSummary::name).filter(seeded::contains).toList();
    }

    private long idOf(String name) {
        return jdbc.queryForObject("select id from exercise where name = ?", Long.class, name);
    }
}
