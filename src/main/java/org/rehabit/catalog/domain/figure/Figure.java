package org.rehabit.catalog.domain.figure;

import java.util.List;

/**
 * How an exercise looks: the view, the props and two or more key poses, from the start through the end (and
 * between where it matters). {@code avoid}: it shows what not to do.
 */
public record Figure(View view, List<Prop> props, List<Pose> poses, boolean avoid) {

    public Figure {
        props = List.copyOf(props);
        poses = List.copyOf(poses);
    }
}
