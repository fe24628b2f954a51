package org.rehabit.catalog.domain;

/** The body position an exercise starts from. */
public enum Position {
    SEATED, STANDING, ALL_FOURS, LYING, ANY
}
