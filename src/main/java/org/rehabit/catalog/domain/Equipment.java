package org.rehabit.catalog.domain;

/** What a patient needs at home; none at all is an empty set. */
public enum Equipment {
    CHAIR, MAT, DUMBBELLS, FOAM_ROLLER, RESISTANCE_BAND, TOWEL, HEAT_PAD, PILLOW
}
