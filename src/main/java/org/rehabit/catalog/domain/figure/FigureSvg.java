package org.rehabit.catalog.domain.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws a {@link Figure} as SVG that moves between its key poses by itself: the body is the {@link Skeleton}'s tree
 * as nested groups, and each joint that moves has a CSS animation of its angle, so every part keeps its length all the
 * way. Forth through the key poses, a hold in the last one, back, and a rest: the exercise's rhythm. Someone who asked
 * their system for less motion sees the first key pose, still. The text alternative is the SVG's title.
 */
public final class FigureSvg {

    /** Seconds to move from one key pose to the next, and to rest before starting again. */
    static final double MOVE_SECONDS = 1.5;
    static final double REST_SECONDS = 1;
    public static final double MIN_HOLD_SECONDS = 1;
    static final double MAX_HOLD_SECONDS = 4;
    private static final String INK = "#24475a";
    private static final String FAR_INK = "#8aa6b6";

    private FigureSvg() {
    }

    /**
     * How the figure is drawn: moving at the exercise's rhythm ({@code holdSeconds}, or a whole cycle in {@code
     * paceSeconds}, one repetition at the timer's pace), turning to the other side every other cycle for an exercise
     * done on each side; or still, in one key pose ({@code still}), as the follow-along timer shows it in each phase,
     * seen from the other side if {@code mirrored}.
     */
    public record Motion(double holdSeconds, Double paceSeconds, boolean bothSides, Integer still, boolean mirrored) {

        public static Motion moving(double holdSeconds) {
            return new Motion(holdSeconds, null, false, null, false);
        }

        public static Motion still(int pose, boolean mirrored) {
            return new Motion(MIN_HOLD_SECONDS, null, false, pose, mirrored);
        }

        public Motion onBothSides() {
            return new Motion(holdSeconds, paceSeconds, true, still, mirrored);
        }

        public Motion atPace(double seconds) {
            return new Motion(holdSeconds, seconds, bothSides, still, mirrored);
        }

        public Motion onTheOtherSide() {
            return new Motion(holdSeconds, paceSeconds, bothSides, still, true);
        }
    }

    /** @param title what the figure shows, in words (the text alternative) */
    public static String render(Figure figure, String title, Motion motion) {
        var timeline = Timeline.of(figure.poses().size(),
                Math.clamp(motion.holdSeconds(), MIN_HOLD_SECONDS, MAX_HOLD_SECONDS));
        var cycle = motion.paceSeconds() == null ? timeline.total() : motion.paceSeconds();
        // a still figure is its one pose, the same in every key frame
        var poses = motion.still() == null ? figure.poses()
                : java.util.Collections.nCopies(figure.poses().size(),
                        figure.poses().get(Math.clamp(motion.still(), 0, figure.poses().size() - 1)));
        var svg = new StringBuilder();
        var styles = new StringBuilder();
        var box = Skeleton.frame(figure);
        var centre = box[0] + box[2] / 2;
        var mirror = "matrix(-1,0,0,1," + num(2 * centre) + ",0)";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(num(box[0])).append(' ')
                .append(num(box[1])).append(' ').append(num(box[2])).append(' ').append(num(box[3]))
                .append("\" role=\"img\" aria-labelledby=\"figure-title\">")
                .append("<title id=\"figure-title\">").append(escape(title)).append("</title>");
        svg.append("<g");
        if (motion.mirrored()) {
            svg.append(" style=\"transform:").append(mirror).append('"');
        } else if (motion.bothSides() && motion.still() == null) {
            // the other side every other cycle: a turn at half time, no movement in between
            svg.append(" class=\"sides\"");
            styles.append(".sides{animation:k-sides ").append(num(2 * cycle)).append("s step-end infinite}")
                    .append("@keyframes k-sides{0%{transform:none}50%,100%{transform:").append(mirror).append("}}");
        }
        svg.append('>');
        svg.append("<line class=\"floor\" x1=\"-100\" y1=\"").append(num(Skeleton.FLOOR)).append("\" x2=\"")
                .append(num(Skeleton.WIDTH + 100)).append("\" y2=\"").append(num(Skeleton.FLOOR)).append("\"/>");
        figure.props().stream().filter(prop -> !prop.held())
                .forEach(prop -> svg.append(prop(prop, figure.view())));
        var first = poses.getFirst();
        svg.append("<g transform=\"translate(").append(num(first.x())).append(' ').append(num(first.y())).append(")\"");
        if (moves(poses, Pose::x) || moves(poses, Pose::y)) {
            svg.append(" class=\"moving\" style=\"animation-name:k-root\"");
            styles.append(keyframes("k-root", timeline, poses,
                    pose -> "translate(" + num(pose.x()) + "px," + num(pose.y()) + "px)"));
        }
        svg.append('>');
        var view = figure.view();
        var seated = first.seated();
        segment(Skeleton.body(view, seated), poses, figure, timeline, svg, styles, 0, 0);
        svg.append("</g></g>");
        if (figure.avoid()) {
            // a "no" sign in the top right corner
            var x = box[0] + box[2] - 12;
            var y = box[1] + 12;
            svg.append("<g class=\"avoid\"><circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                    .append("\" r=\"9\"/><line x1=\"").append(num(x - 6.4)).append("\" y1=\"").append(num(y + 6.4))
                    .append("\" x2=\"").append(num(x + 6.4)).append("\" y2=\"").append(num(y - 6.4)).append("\"/></g>");
        }
        svg.append("<style>").append(".floor{stroke:#c3ccd2;stroke-width:1.5}")
                .append(".body{stroke:").append(INK).append(";stroke-width:5;stroke-linecap:round;fill:none}")
                .append(".far{stroke:").append(FAR_INK).append("}")
                .append(".head{fill:").append(INK).append("}")
                .append(".prop{fill:none;stroke:#9a7b4f;stroke-width:2.5;stroke-linecap:round}")
                .append(".weight{fill:#5b6770}")
                .append(".avoid circle,.avoid line{fill:none;stroke:#c62828;stroke-width:3}")
                .append(".moving{animation-duration:").append(num(cycle)).append("s;")
                .append("animation-iteration-count:infinite;animation-timing-function:ease-in-out}")
                .append(styles)
                .append("@media (prefers-reduced-motion: reduce){.moving,.sides{animation:none}}")
                .append("</style></svg>");
        return svg.toString();
    }

    /** A segment and what hangs from it; the far side first, so the near side is drawn over it. */
    private static void segment(Segment segment, List<Pose> poses, Figure figure, Timeline timeline,
            StringBuilder svg, StringBuilder styles, double parentEndX, double parentEndY) {
        var x = (segment.atEnd() ? parentEndX : 0) + segment.attachX();
        var y = (segment.atEnd() ? parentEndY : 0) + segment.attachY();
        svg.append("<g transform=\"translate(").append(num(x)).append(' ').append(num(y)).append(")\">");
        svg.append("<g transform=\"rotate(").append(num(segment.rotation(poses.getFirst()))).append(")\"");
        if (moves(poses, segment::rotation)) {
            var name = "k-" + segment.name();
            svg.append(" class=\"moving\" style=\"animation-name:").append(name).append('"');
            styles.append(keyframes(name, timeline, poses, pose -> "rotate(" + num(segment.rotation(pose)) + "deg)"));
        }
        svg.append('>');
        var near = new ArrayList<Segment>();
        for (var child : segment.children()) {
            if (child.near()) {
                near.add(child);
            } else {
                segment(child, poses, figure, timeline, svg, styles, segment.endX(), segment.endY());
            }
        }
        svg.append("<line class=\"body").append(segment.near() ? "" : " far").append("\" x1=\"0\" y1=\"0\" x2=\"")
                .append(num(segment.endX())).append("\" y2=\"").append(num(segment.endY())).append("\"/>");
        if (segment.name().equals("neck")) {
            var reach = Skeleton.NECK + Skeleton.HEAD_RADIUS;
            svg.append("<circle class=\"head\" cx=\"").append(num(segment.directionX() * reach)).append("\" cy=\"")
                    .append(num(segment.directionY() * reach)).append("\" r=\"").append(num(Skeleton.HEAD_RADIUS))
                    .append("\"/>");
        }
        if (segment.name().endsWith("forearm")) {
            figure.props().stream().filter(Prop::held).forEach(prop -> svg.append(held(prop, segment)));
        }
        for (var child : near) {
            segment(child, poses, figure, timeline, svg, styles, segment.endX(), segment.endY());
        }
        svg.append("</g></g>");
    }

    private static String held(Prop prop, Segment forearm) {
        var x = num(forearm.endX());
        var y = num(forearm.endY());
        return prop.kind() == Prop.Kind.BARBELL
                ? "<circle class=\"weight\" cx=\"" + x + "\" cy=\"" + y + "\" r=\"6\"/>"
                : "<rect class=\"weight\" x=\"" + num(forearm.endX() - 4) + "\" y=\"" + num(forearm.endY() - 2)
                        + "\" width=\"8\" height=\"4\" rx=\"1.5\"/>";
    }

    private static String prop(Prop prop, View view) {
        var x = prop.x();
        var y = prop.y();
        var floor = Skeleton.FLOOR;
        return switch (prop.kind()) {
            // from the front: the seat at y and two legs to the floor, wider than the figure's hips
            case CHAIR -> view == View.FRONT ? "<path class=\"prop\" d=\"M" + num(x - 14) + ' ' + num(y) + "H"
                    + num(x + 14) + "M" + num(x - 13) + ' ' + num(y) + "V" + num(floor) + "M" + num(x + 13) + ' '
                    + num(y) + "V" + num(floor) + "\"/>"
                    // from the side: the seat at y, the back behind the figure (it faces left), legs to the floor
                    : "<path class=\"prop\" d=\"M" + num(x - 12) + ' ' + num(y) + "H" + num(x + 10) + "V"
                            + num(y - 26) + "M" + num(x - 10) + ' ' + num(y) + "V" + num(floor) + "M" + num(x + 10)
                            + ' '
                            + num(y) + "V" + num(floor) + "\"/>";
            case MAT -> "<rect class=\"weight\" x=\"" + num(x - 48) + "\" y=\"" + num(floor - 2) + "\" width=\"96\" "
                    + "height=\"2\" rx=\"1\"/>";
            case FOAM_ROLLER -> "<circle class=\"prop\" cx=\"" + num(x) + "\" cy=\"" + num(floor - 5) + "\" r=\"5\"/>";
            case DUMBBELLS, BARBELL -> "";
        };
    }

    private static boolean moves(List<Pose> poses, ToDoubleFunction<Pose> value) {
        var first = value.applyAsDouble(poses.getFirst());
        return poses.stream().anyMatch(pose -> Math.abs(value.applyAsDouble(pose) - first) > 0.01);
    }

    private static String keyframes(String name, Timeline timeline, List<Pose> poses,
            java.util.function.Function<Pose, String> transform) {
        var frames = new StringBuilder("@keyframes ").append(name).append('{');
        for (var stop : timeline.stops()) {
            frames.append(num(stop.percent())).append("%{transform:").append(transform.apply(poses.get(stop.pose())))
                    .append('}');
        }
        return frames.append('}').toString();
    }

    /** When each key pose is reached, as a share of the whole cycle. */
    record Timeline(double total, List<Stop> stops) {

        record Stop(double percent, int pose) {
        }

        /** Forth through the poses, a hold at the last, back to the first, a rest. */
        static Timeline of(int poses, double holdSeconds) {
            var times = new ArrayList<double[]>();
            var t = 0.0;
            for (var i = 0; i < poses; i++) {
                times.add(new double[] {t, i});
                t += i < poses - 1 ? MOVE_SECONDS : 0;
            }
            t += holdSeconds;
            times.add(new double[] {t, poses - 1});
            for (var i = poses - 2; i >= 0; i--) {
                t += MOVE_SECONDS;
                times.add(new double[] {t, i});
            }
            t += REST_SECONDS;
            times.add(new double[] {t, 0});
            var total = t;
            return new Timeline(total, times.stream()
                    .map(time -> new Stop(Math.round(time[0] / total * 1000) / 10.0, (int) time[1])).toList());
        }
    }

    static String num(double value) {
        var rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%s", rounded);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
