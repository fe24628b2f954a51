package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Dosage;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.ExerciseKind;
import org.rehabit.catalog.domain.Position;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseDraft;
import org.rehabit.catalog.service.ExerciseSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search and filters run as SQL against the seeded catalog. Where a search must find exactly some items, only the
 * seeded items among the results count, so exercises other tests added cannot change the answer.
 */
@IntegrationTest
@Transactional
class CatalogSearchTest {

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
    void searching_neck_finds_both_neck_tilts_but_not_the_lunge() {
        assertThat(search(CatalogFilter.text("NECK"))).contains("Neck tilt", "Side-to-side neck tilt")
                .doesNotContain("Forward lunge");
    }

    @Test
    void each_filter_narrows_the_list() {
        assertThat(seeded(new CatalogFilter(null, BodyRegion.HAMSTRINGS, null, null, false, null, null, false)))
                .containsExactlyInAnyOrder("Supine hamstring stretch", "Standing toe touch");
        assertThat(seeded(new CatalogFilter(null, null, ExerciseCategory.AEROBIC, null, false, null, null, false)))
                .containsExactly("Walking");
        assertThat(seeded(new CatalogFilter(null, null, null, Equipment.DUMBBELLS, false, null, null, false)))
                .containsExactlyInAnyOrder("Reverse dumbbell fly", "Lifting with lighter loads");
        assertThat(seeded(new CatalogFilter(null, null, null, null, false, Position.ALL_FOURS, null, false)))
                .containsExactly("Rounded back (cat-cow)");
        assertThat(seeded(new CatalogFilter("sit", null, null, null, false, null, CatalogStatus.AVOID, false)))
                .containsExactly("Full sit-up");
    }

    @Test
    void items_needing_no_equipment_can_be_listed() {
        assertThat(search(new CatalogFilter(null, null, null, null, true, null, CatalogStatus.RECOMMENDED, false)))
                .contains("Forward lunge", "Walking", "Rest wisely").doesNotContain("Neck tilt", "Half crunch");
    }

    @Test
    void filters_combine() {
        assertThat(seeded(new CatalogFilter(null, BodyRegion.NECK, ExerciseCategory.MOBILITY, Equipment.CHAIR, false,
                Position.SEATED, CatalogStatus.RECOMMENDED, false)))
                .containsExactlyInAnyOrder("Neck tilt", "Side-to-side neck tilt");
    }

    @Test
    void retired_items_are_hidden_unless_asked_for() {
        var stroll = aerobicExercise();
        catalog.retire(stroll.id());

        assertThat(search(new CatalogFilter(null, null, ExerciseCategory.AEROBIC, null, false, null, null, false)))
                .contains("Walking").doesNotContain(stroll.name());
        assertThat(search(new CatalogFilter(null, null, ExerciseCategory.AEROBIC, null, false, null, null, true)))
                .contains("Walking", stroll.name());
    }

    @Test
    void wildcards_in_the_search_text_match_only_themselves() {
        assertThat(search(CatalogFilter.text("%"))).isEmpty();
    }

    private record Added(long id, String name) {
    }

    private Added aerobicExercise() {
        var name = "Brisk stroll " + System.nanoTime();
        var id = catalog.create(new ExerciseDraft(name, "Walking briskly.", ExerciseKind.EXERCISE,
                ExerciseCategory.AEROBIC, Position.STANDING, Set.of(BodyRegion.WHOLE_BODY), Set.of(),
                List.of("Walk at a brisk pace."), new Dosage(null, null, null, null, 20), null, null,
                CatalogStatus.RECOMMENDED, null, null), null);
        return new Added(id, name);
    }

    private List<String> search(CatalogFilter filter) {
        return catalog.search(filter, PageRequest.of(0, 100, Sort.by("name"))).map(ExerciseSummary::name)
                .getContent();
    }

    /** The seeded items the search finds. */
    private List<String> seeded(CatalogFilter filter) {
        var seeded = Set.copyOf(jdbc.queryForList("select name from exercise where seeded", String.class));
        return search(filter).stream().filter(seeded::contains).toList();
    }
}
