package org.rehabit.catalog.service;

/**
 * Whether a patient has been given an exercise in a routine, any version of it: what decides whether they may see
 * its picture, figure and video. The routines answer, so the catalog need not know them.
 */
public interface PrescribedExercises {

    boolean prescribedTo(long patientId, long exerciseId);
}
