package org.rehabit.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.rehabit.catalog.domain.figure.Figure;
import org.rehabit.catalog.domain.figure.FigureSvg;
import org.rehabit.catalog.domain.figure.Joint;
import org.rehabit.catalog.domain.figure.Skeleton;
import org.rehabit.catalog.service.ExerciseFigures;

/**
 * The exercise figures kept with the catalog ({@code catalog/figures.json}): each has two or more key poses that a
 * body can take (every joint within its range, every part its own length, nothing below the floor), and draws as
 * well-formed SVG that moves only the joints that change.
 */
class FiguresTest {

    static final Map<String, Figure> FIGURES = ExerciseFigures.load();

    @Test
    void every_figure_has_two_or_more_key_poses_within_human_ranges() {
        assertThat(FIGURES).isNotEmpty();
        FIGURES.forEach((name, figure) -> {
            assertThat(figure.poses()).as(name).hasSizeGreaterThanOrEqualTo(2);
            figure.poses().forEach(pose -> pose.angles().forEach((joint, angle) -> assertThat(joint.reaches(angle))
                    .as("%s: %s at %s, range %s to %s", name, joint, angle, joint.min(), joint.max()).isTrue()));
        });
    }

    @Test
    void every_part_keeps_its_length_and_nothing_goes_below_the_floor() {
        FIGURES.forEach((name, figure) -> {
            var rest = Skeleton.place(figure.view(), figure.poses().getFirst().withAngles(Map.of()));
            for (var pose : figure.poses()) {
                var placed = Skeleton.place(figure.view(), pose);
                placed.forEach((part, where) -> {
                    assertThat(where.length()).as("%s: %s", name, part).isCloseTo(rest.get(part).length(),
                            org.assertj.core.data.Offset.offset(0.001));
                    assertThat(Math.max(where.y1(), where.y2())).as("%s: %s above the floor", name, part)
                            .isLessThanOrEqualTo(Skeleton.FLOOR + 1);
                });
                var head = Skeleton.head(figure.view(), pose);
                assertThat(head[1] + Skeleton.HEAD_RADIUS).as("%s: the head", name)
                        .isLessThanOrEqualTo(Skeleton.FLOOR + 1);
            }
        });
    }

    @Test
    void a_figure_draws_as_well_formed_svg_with_a_title_and_moves_only_what_changes() throws Exception {
        var svg = FigureSvg.render(FIGURES.get("Neck tilt"), "Neck tilt: bend the head forward & back",
                FigureSvg.Motion.moving(5));

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Neck tilt: bend the head forward & back");
        assertThat(svg).contains("@keyframes k-neck", "prefers-reduced-motion")
                .doesNotContain("@keyframes k-left-shin");
        for (var figure : FIGURES.entrySet()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                    FigureSvg.render(figure.getValue(), figure.getKey(), FigureSvg.Motion.moving(3))
                            .getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void each_side_turns_every_other_cycle_and_the_timer_gets_still_poses_and_its_pace() {
        var lunge = FIGURES.get("Forward lunge");

        var bothSides = FigureSvg.render(lunge, "Lunge", FigureSvg.Motion.moving(2).onBothSides());
        var held = FigureSvg.render(lunge, "Lunge", FigureSvg.Motion.still(lunge.poses().size() - 1, false));
        var otherSide = FigureSvg.render(lunge, "Lunge", FigureSvg.Motion.still(0, true));
        var atPace = FigureSvg.render(lunge, "Lunge", FigureSvg.Motion.moving(2).atPace(3));

        assertThat(bothSides).contains("class=\"sides\"", "@keyframes k-sides{0%{transform:none}50%,100%{transform:"
                + "matrix(-1,0,0,1,", ".sides{animation:k-sides ");
        assertThat(FigureSvg.render(lunge, "Lunge", FigureSvg.Motion.moving(2))).doesNotContain("k-sides");
        assertThat(held).as("nothing moves").doesNotContain("@keyframes", "class=\"moving\"");
        assertThat(held).isNotEqualTo(FigureSvg.render(lunge, "Lunge", FigureSvg.Motion.still(0, false)));
        assertThat(otherSide).contains("style=\"transform:matrix(-1,0,0,1,").doesNotContain("@keyframes");
        assertThat(atPace).contains(".moving{animation-duration:3s;");
    }

    @Test
    void joints_not_given_stand_at_zero() {
        assertThat(FIGURES.get("Forward lunge").poses().getFirst().angle(Joint.LEFT_KNEE)).isZero();
    }
}
