package org.rehabit.catalog.domain;

/** Where in the body an exercise works. */
public enum BodyRegion {
    NECK, UPPER_BACK, MID_BACK, LOWER_BACK, CORE, HIPS_AND_GLUTES, HAMSTRINGS, SHOULDERS, WHOLE_BODY
}
