package org.rehabit.catalog.domain;

/** Which side a one-sided exercise is done on. */
public enum Side {
    LEFT, RIGHT, BOTH, ALTERNATING
}
