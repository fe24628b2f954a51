package org.rehabit.catalog.domain.figure;

import java.util.List;

/**
 * One part of the figure's body, drawn from its joint: it attaches to its parent at {@code (attachX, attachY)} in the
 * parent's coordinates (the parent's end when {@code atEnd}), turns there by its joint's angle times {@code sign}
 * (clockwise on screen is positive), and runs {@code length} along {@code (directionX, directionY)} in its own
 * coordinates. {@code near}: on the side of the body towards the viewer, drawn over the other side.
 */
record Segment(String name, Joint joint, int sign, boolean atEnd, double attachX, double attachY, double directionX,
        double directionY, double length, boolean near, List<Segment> children) {

    /** The screen rotation this segment's joint adds in a pose, in degrees. */
    double rotation(Pose pose) {
        return joint == null ? 0 : sign * pose.angle(joint);
    }

    double endX() {
        return directionX * length;
    }

    double endY() {
        return directionY * length;
    }
}
