package org.rehabit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.catalog.TestPictures;
import org.rehabit.catalog.TestVideos;
import org.rehabit.catalog.domain.BodyRegion;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseSummary;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The therapist's way through the catalog: search, the "avoid" warning, and the editor's messages. These tests
 * commit, so exercises are checked and removed by the names this test gave them.
 */
class CatalogViewsTest extends BrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    CatalogService catalog;

    private TestAccount therapist;

    @BeforeEach
    void sign_in_as_a_therapist() {
        therapist = data.therapist();
        data.signIn(therapist);
    }

    @Test
    void searching_neck_lists_both_neck_tilts_but_not_the_lunge() {
        open("catalog");
        test($(TextField.class).single()).setValue("neck");

        assertThat(names()).contains("Neck tilt", "Side-to-side neck tilt").doesNotContain("Forward lunge");
    }

    @Test
    void the_sit_up_page_warns_and_links_to_the_half_crunch() {
        assertThat(open("catalog/exercise/" + idOf("Full sit-up"))).isEqualTo("catalog/exercise");

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Coming all the way up from lying to sitting"));
        var link = $(RouterLink.class).withText("Half crunch").single();
        assertThat(link.getHref()).isEqualTo("catalog/exercise/" + idOf("Half crunch"));
        assertThat($(Button.class).withText("Edit").all()).as("seeded items are read-only").isEmpty();
        assertThat($(Image.class).withClassName("exercise-figure").all()).as("what not to do, and what to do instead")
                .extracting(Image::getSrc, Image::getAlt).containsExactly(
                        tuple("api/v1/exercises/" + idOf("Full sit-up") + "/figure.svg",
                                Optional.of("Full sit-up: a figure of what not to do")),
                        tuple("api/v1/exercises/" + idOf("Half crunch") + "/figure.svg",
                                Optional.of("Half crunch, shown by a moving figure")));
    }

    @Test
    void saving_an_incomplete_exercise_explains_each_gap_and_saves_nothing() {
        open("catalog/edit");
        test($(TextField.class).withLabel("Name").single()).setValue("Wall press " + therapist.id());
        test($(Button.class).withText("Save").single()).click();

        assertThat($(TextArea.class).withLabel("Short description").single().getErrorMessage()).isEqualTo("Required.");
        assertThat($(TextArea.class).withLabel("Step by step").single().isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from exercise where created_by = ?", Long.class,
                therapist.id())).isZero();
    }

    @Test
    void a_new_exercise_with_a_picture_is_saved_and_a_disguised_file_is_refused() {
        var name = "Towel neck press " + therapist.id();
        open("catalog/edit");
        test($(TextField.class).withLabel("Name").single()).setValue(name);
        test($(TextArea.class).withLabel("Short description").single()).setValue("Pressing into a rolled towel.");
        test($(Select.class).withLabel("Category").single()).selectItem("Strengthening");
        test($(Select.class).withLabel("Position").single()).selectItem("Seated");
        $(MultiSelectComboBox.class).withLabel("Body regions").single().setValue(Set.of(BodyRegion.NECK));
        test($(TextArea.class).withLabel("Step by step").single()).setValue("Sit tall.\nPress gently and hold.");
        var upload = test($(Upload.class).single());

        upload.upload("neck.png", "image/png", "<script>alert(1)</script>".getBytes());
        test($(Button.class).withText("Save").single()).click();
        assertThat($(Span.class).withClassName("field-error").single().getText())
                .isEqualTo("Only PNG, JPEG or WebP pictures can be used, and this one could not be read.");
        assertThat(jdbc.queryForObject("select count(*) from exercise where name = ?", Long.class, name)).isZero();

        upload.upload("neck.png", "image/png", TestPictures.png(400, 300));
        test($(Button.class).withText("Save").single()).click();
        try {
            assertThat(routeOf(getCurrentView())).isEqualTo("catalog/exercise");
            assertThat(jdbc.queryForObject("select i.content_type from exercise e join exercise_image i "
                    + "on i.exercise_id = e.id where e.name = ?", String.class, name)).isEqualTo("image/png");
        } finally {
            jdbc.update("delete from exercise where name = ?", name);
        }
    }

    @Test
    void opening_the_editor_of_a_seeded_item_shows_it_read_only() {
        assertThat(open("catalog/edit/" + idOf("Neck tilt"))).isEqualTo("catalog/exercise");
    }

    @Test
    void an_unknown_exercise_id_shows_not_found() {
        assertThat(open("catalog/exercise/987654")).isEqualTo("NotFoundView");
    }

    private List<String> names() {
        @SuppressWarnings("unchecked")
        Grid<ExerciseSummary> grid = $(Grid.class).single();
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).name()).toList();
    }

    private long idOf(String name) {
        return jdbc.queryForObject("select id from exercise where name = ?", Long.class, name);
    }

    @Test
    void a_therapist_uploads_a_clip_on_the_exercise_page_and_a_disguised_file_is_refused_there() {
        var name = "Wall press filmed " + therapist.id();
        var id = catalog.create(org.rehabit.catalog.CatalogServiceTest.wallPress(name), null);
        try {
            open("catalog/exercise/" + id);
            assertThat($(Paragraph.class).withText("No video yet. A short clip of the clinic doing the exercise "
                    + "helps patients most.").exists()).isTrue();

            test($(Upload.class).first()).upload("clip.mp4", "video/mp4", TestPictures.png(300, 300));
            assertThat($(Span.class).withClassName("field-error").single().getText())
                    .isEqualTo("This file is not a video that can be used: upload an MP4 or a WebM file.");
            assertThat($(ExerciseVideoPlayer.class).exists()).isFalse();

            test($(Upload.class).first()).upload("clip.mp4", "video/mp4", TestVideos.mp4("avc1", 95_000, 5000));
            var player = $(ExerciseVideoPlayer.class).single().getElement();
            var version = jdbc.queryForObject("select id from exercise_video where exercise_id = ?", Long.class, id);
            assertThat(player.getAttribute("src"))
                    .isEqualTo("api/v1/exercises/" + id + "/video?v=" + version + "#t=0.001");
            assertThat(player.hasAttribute("playsinline")).isTrue();
            assertThat($(Paragraph.class).withText("1 min 35 s, 0.0 MB").exists()).isTrue();

            test($(Upload.class).atIndex(2)).upload("poster.png", "image/png", TestPictures.jpeg(640, 360));
            test($(Upload.class).atIndex(3)).upload("captions.vtt", "text/vtt", "WEBVTT\n".getBytes());
            player = $(ExerciseVideoPlayer.class).single().getElement();
            assertThat(player.getAttribute("poster"))
                    .isEqualTo("api/v1/exercises/" + id + "/video/poster?v=" + version);
            assertThat(player.getChild(0).getAttribute("kind")).isEqualTo("captions");

            test($(Button.class).withText("Remove the video").single()).click();
            assertThat($(ExerciseVideoPlayer.class).exists()).isFalse();
            assertThat($(Image.class).withClassName("exercise-figure").exists()).isFalse();

            test($(Select.class).withLabel("Moving figure").single()).selectItem("Neck tilt");
            assertThat($(Image.class).withClassName("exercise-figure").single().getSrc())
                    .as("the picked figure, at this exercise's own hold")
                    .isEqualTo("api/v1/exercises/" + id + "/figure.svg?hold=10");
            assertThat($(ExerciseVideoPlayer.class).exists()).isFalse();
        } finally {
            jdbc.update("delete from exercise where id = ?", id);
        }
    }
}
