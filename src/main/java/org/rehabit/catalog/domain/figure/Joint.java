package org.rehabit.catalog.domain.figure;

/**
 * A joint of the figure, with the range a person can reach, in degrees. Angles are anatomical: 0 is standing upright
 * with the arms hanging, positive is flexion (bending forward) in the side view, and in the front view bending to
 * the side (the neck and the spine) or raising the arm or leg out to the side.
 */
public enum Joint {
    /** The lower back's lean from upright: 90 is lying or on all fours face down, -90 lying on the back. */
    TRUNK(-180, 180),
    /** The upper back against the lower back: positive rounds it, negative arches it. */
    SPINE(-30, 60),
    NECK(-60, 60),
    LEFT_SHOULDER(-60, 180),
    LEFT_ELBOW(0, 150),
    RIGHT_SHOULDER(-60, 180),
    RIGHT_ELBOW(0, 150),
    LEFT_HIP(-30, 135),
    LEFT_KNEE(0, 150),
    RIGHT_HIP(-30, 135),
    RIGHT_KNEE(0, 150),
    /** Pointing the foot (positive), as when kneeling with the feet flat behind. */
    LEFT_ANKLE(-30, 90),
    RIGHT_ANKLE(-30, 90);

    private final double min;
    private final double max;

    Joint(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public boolean reaches(double angle) {
        return angle >= min && angle <= max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
