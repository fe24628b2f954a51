package org.rehabit.catalog.domain.figure;

import java.util.EnumMap;
import java.util.Map;

/**
 * One key position of an exercise: where the pelvis is in the scene (160 wide, 120 high, y down, the floor at
 * {@link Skeleton#FLOOR}) and each joint's angle ({@link Joint}); a joint not given is at 0. {@code seated}: in the
 * front view, the thighs point at the viewer and are drawn short.
 */
public record Pose(double x, double y, Map<Joint, Double> angles, boolean seated) {

    public Pose {
        angles = angles.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(angles));
    }

    public double angle(Joint joint) {
        return angles.getOrDefault(joint, 0.0);
    }

    /** The same place with other angles. */
    public Pose withAngles(Map<Joint, Double> other) {
        return new Pose(x, y, other, seated);
    }
}
