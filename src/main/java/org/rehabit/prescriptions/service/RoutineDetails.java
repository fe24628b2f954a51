package org.rehabit.prescriptions.service;

import java.util.List;

/**
 * A routine with all its versions, oldest first. {@code current} is the one in force today, or the first one while
 * the routine has not started; {@code version} is what a new version must be based on.
 */
public record RoutineDetails(long id, long version, long patientId, String patientName, RoutineState state,
        List<VersionDetails> versions, VersionDetails current) {

    public VersionDetails latest() {
        return versions.getLast();
    }
}
