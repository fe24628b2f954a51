package org.rehabit.catalog.domain.figure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figure's body: a tree of {@link Segment}s from the pelvis, with fixed lengths (in the scene's units, for a
 * person about 100 high), and where each part is in a pose ({@link #place}). The web's SVG nests the same tree, so
 * the browser turns the same joints by the same angles.
 */
public final class Skeleton {

    /** Where the floor is in the scene (y grows downwards). */
    public static final double FLOOR = 110;
    public static final double WIDTH = 160;
    public static final double HEIGHT = 120;
    public static final double HEAD_RADIUS = 6.5;
    static final double LOWER_BACK = 14;
    static final double UPPER_BACK = 18;
    static final double NECK = 5;
    static final double UPPER_ARM = 16;
    static final double FOREARM = 15;
    static final double THIGH = 23;
    static final double SHIN = 22;
    static final double FOOT = 7;
    /** From the middle to a shoulder, and to a hip, in the front view. */
    static final double SHOULDER_HALF_WIDTH = 9;
    static final double HIP_HALF_WIDTH = 5;
    /** A seated figure's thighs, seen from the front, point at the viewer: this much of them shows. */
    static final double SEATED_THIGH_SHOWN = 0.2;

    private Skeleton() {
    }

    /** The body's tree for a view; the root is the lower back, from the pelvis. */
    static Segment body(View view, boolean seated) {
        var front = view == View.FRONT;
        var upperBack = new Segment("upper-back", Joint.SPINE, -1, true, 0, 0, 0, -1, UPPER_BACK, true, List.of(
                new Segment("neck", Joint.NECK, -1, true, 0, 0, 0, -1, NECK, true, List.of()),
                arm(front, true), arm(front, false)));
        return new Segment("lower-back", Joint.TRUNK, -1, false, 0, 0, 0, -1, LOWER_BACK, true,
                List.of(upperBack, leg(front, seated, true), leg(front, seated, false)));
    }

    private static Segment arm(boolean front, boolean left) {
        var side = left ? "left" : "right";
        // from the side, both arms turn forward the same way; from the front, each turns out to its own side
        var sign = front ? (left ? -1 : 1) : 1;
        // from the side, the left side is towards the viewer; from the front, both are
        var near = left || front;
        var forearm = new Segment(side + "-forearm", left ? Joint.LEFT_ELBOW : Joint.RIGHT_ELBOW, sign, true, 0, 0, 0,
                1, FOREARM, near, List.of());
        return new Segment(side + "-upper-arm", left ? Joint.LEFT_SHOULDER : Joint.RIGHT_SHOULDER, sign, true,
                front ? (left ? SHOULDER_HALF_WIDTH : -SHOULDER_HALF_WIDTH) : 0, 0, 0, 1, UPPER_ARM, near,
                List.of(forearm));
    }

    private static Segment leg(boolean front, boolean seated, boolean left) {
        var side = left ? "left" : "right";
        var sign = front ? (left ? -1 : 1) : 1;
        var near = left || front;
        // from the front the foot is seen end on: a short stub, not turned by the ankle
        var foot = new Segment(side + "-foot", left ? Joint.LEFT_ANKLE : Joint.RIGHT_ANKLE, front ? 0 : -1, true, 0, 0,
                front ? (left ? 1 : -1) : -1, 0, front ? FOOT / 2 : FOOT, near, List.of());
        var shin = new Segment(side + "-shin", left ? Joint.LEFT_KNEE : Joint.RIGHT_KNEE, front ? sign : -1, true, 0,
                0, 0, 1, SHIN, near, List.of(foot));
        return new Segment(side + "-thigh", left ? Joint.LEFT_HIP : Joint.RIGHT_HIP, sign, false,
                front ? (left ? HIP_HALF_WIDTH : -HIP_HALF_WIDTH) : 0, 0, 0, 1,
                front && seated ? THIGH * SEATED_THIGH_SHOWN : THIGH, near, List.of(shin));
    }

    /** Margin around the figure, wide enough for what moves between its key poses. */
    static final double MARGIN = 10;

    /**
     * The part of the scene a figure uses (every key pose, its head and its props, with a margin), widened to the
     * scene's 4:3 shape so that a page can reserve the space before it loads: x, y, width, height.
     */
    public static double[] frame(Figure figure) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = Skeleton.FLOOR;
        for (var pose : figure.poses()) {
            for (var part : Skeleton.place(figure.view(), pose).values()) {
                minX = Math.min(minX, Math.min(part.x1(), part.x2()));
                maxX = Math.max(maxX, Math.max(part.x1(), part.x2()));
                minY = Math.min(minY, Math.min(part.y1(), part.y2()));
            }
            var head = Skeleton.head(figure.view(), pose);
            minX = Math.min(minX, head[0] - Skeleton.HEAD_RADIUS);
            maxX = Math.max(maxX, head[0] + Skeleton.HEAD_RADIUS);
            minY = Math.min(minY, head[1] - Skeleton.HEAD_RADIUS);
        }
        for (var prop : figure.props()) {
            if (prop.kind() == Prop.Kind.CHAIR) {
                minY = Math.min(minY, prop.y() - 26);
                maxX = Math.max(maxX, prop.x() + 14);
                minX = Math.min(minX, prop.x() - 14);
            }
        }
        minX -= MARGIN;
        minY -= MARGIN;
        var width = maxX + MARGIN - minX;
        var height = maxY + MARGIN / 2 - minY;
        var ratio = Skeleton.WIDTH / Skeleton.HEIGHT;
        if (width / height < ratio) {
            minX -= (height * ratio - width) / 2;
            width = height * ratio;
        } else {
            minY -= width / ratio - height;
            height = width / ratio;
        }
        return new double[] {minX, minY, width, height};
    }

    /** Where a part of the body is in the scene: from its joint to its end. */
    public record Placed(String name, double x1, double y1, double x2, double y2) {

        public double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    /** Every part of the body in a pose, by name, in the scene's coordinates. */
    public static Map<String, Placed> place(View view, Pose pose) {
        var placed = new LinkedHashMap<String, Placed>();
        place(body(view, pose.seated()), pose, pose.x(), pose.y(), 0, 0, 0, placed);
        return placed;
    }

    /** The head's centre in a pose. */
    public static double[] head(View view, Pose pose) {
        var neck = place(view, pose).get("neck");
        var scale = (NECK + HEAD_RADIUS) / NECK;
        return new double[] {neck.x1() + (neck.x2() - neck.x1()) * scale, neck.y1() + (neck.y2() - neck.y1()) * scale};
    }

    /**
     * Places a segment whose parent's coordinate system has its origin at {@code (originX, originY)} in the scene,
     * turned by {@code parentAngle}; {@code parentEndX, parentEndY} is the parent's end in its own coordinates.
     */
    private static void place(Segment segment, Pose pose, double originX, double originY, double parentAngle,
            double parentEndX, double parentEndY, Map<String, Placed> placed) {
        var localX = (segment.atEnd() ? parentEndX : 0) + segment.attachX();
        var localY = (segment.atEnd() ? parentEndY : 0) + segment.attachY();
        var joint = rotate(localX, localY, parentAngle);
        var x = originX + joint[0];
        var y = originY + joint[1];
        var angle = parentAngle + segment.rotation(pose);
        var end = rotate(segment.endX(), segment.endY(), angle);
        placed.put(segment.name(), new Placed(segment.name(), x, y, x + end[0], y + end[1]));
        for (var child : segment.children()) {
            place(child, pose, x, y, angle, segment.endX(), segment.endY(), placed);
        }
    }

    /** Turns a vector clockwise on screen (y down) by degrees, as SVG's rotate() does. */
    static double[] rotate(double x, double y, double degrees) {
        var radians = Math.toRadians(degrees);
        var cos = Math.cos(radians);
        var sin = Math.sin(radians);
        return new double[] {x * cos - y * sin, x * sin + y * cos};
    }

    /** The names of all parts, parents before children. */
    public static List<String> parts(View view) {
        var names = new ArrayList<String>();
        collect(body(view, false), names);
        return names;
    }

    private static void collect(Segment segment, List<String> names) {
        names.add(segment.name());
        segment.children().forEach(child -> collect(child, names));
    }
}
