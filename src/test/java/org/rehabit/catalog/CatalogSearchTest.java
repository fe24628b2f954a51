package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.domain.CatalogStatus;
import org.rehabit.catalog.domain.Equipment;
import org.rehabit.catalog.domain.ExerciseCategory;
import org.rehabit.catalog.domain.Position;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Search and filters run as SQL against the seeded catalog. */
@IntegrationTest
@WithUserDetails("therapist")
class CatalogSearchTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searching_neck_finds_both_neck_tilts_but_not_the_lunge() {
        assertThat(search(CatalogFilter.text("NECK"))).contains("Neck tilt", "Side-to-side neck tilt")
                .doesNotContain("Forward lunge");
    }

    @Test
    void each_filter_narrows_the_list() {
        assertThat(search(new CatalogFilter(null, BodyRegion.HAMSTRINGS, null, null, false, null, null, false)))
                .containsExactlyInAnyOrder("Supine hamstring stretch", "Standing toe touch");
        assertThat(search(new CatalogFilter(null, null, ExerciseCategory.AEROBIC, null, false, null, null, false)))
                .containsExactly("Walking");
        assertThat(search(new CatalogFilter(null, null, null, Equipment.DUMBBELLS, false, null, null, false)))
                .containsExactlyInAnyOrder("Reverse dumbbell fly", "Lifting with lighter loads");
        assertThat(search(new CatalogFilter(null, null, null, null, false, Position.ALL_FOURS, null, false)))
                .containsExactly("Rounded back (cat-cow)");
        assertThat(search(new CatalogFilter("sit", null, null, null, false, null, CatalogStatus.AVOID, false)))
                .containsExactly("Full sit-up");
    }

    @Test
    void items_needing_no_equipment_can_be_listed() {
        assertThat(search(new CatalogFilter(null, null, null, null, true, null, CatalogStatus.RECOMMENDED, false)))
                .contains("Forward lunge", "Walking", "Rest wisely").doesNotContain("Neck tilt", "Half crunch");
    }

    @Test
    void filters_combine() {
        assertThat(search(new CatalogFilter(null, BodyRegion.NECK, ExerciseCategory.MOBILITY, Equipment.CHAIR, false, Position.SEATED, CatalogStatus.RECOMMENDED, false)))
                .containsExactlyInAnyOrder("Neck tilt", "Side-to-side neck tilt");
    }

    @Test
    void retired_items_are_hidden_unless_asked_for() {
        jdbc.update("update exercise set retired_at = now() where name = 'Walking'");
        try {
            var aerobic = new CatalogFilter(null, null, ExerciseCategory.AEROBIC, null, false, null, null, false);
            assertThat(search(aerobic)).isEmpty();
            assertThat(search(new CatalogFilter(null, null, ExerciseCategory.AEROBIC, null, false, null, null, true)))
                    .containsExactly("Walking");
        } finally {
            jdbc.update("update exercise set retired_at = null where name = 'Walking'");
        }
    }

    @Test
    void wildcards_in_the_search_text_match_only_themselves() {
        assertThat(search(CatalogFilter.text("%"))).isEmpty();
    }

    private List<String> search(CatalogFilter filter) {
        return catalog.search(filter, PageRequest.of(0, 100, Sort.by("name"))).map(ExerciseSummary::name)
                .getContent();
    }
}
