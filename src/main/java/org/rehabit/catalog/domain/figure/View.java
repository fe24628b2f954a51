package org.rehabit.catalog.domain.figure;

/** From where the figure is seen: from its side, facing left, or from the front. */
public enum View {
    SIDE, FRONT
}
