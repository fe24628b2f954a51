package org.rehabit.catalog.domain.figure;

/**
 * Something in the scene with the figure, at a place in the scene's coordinates (dumbbells and a barbell are held,
 * so they go where the hands are, wherever given).
 */
public record Prop(Kind kind, double x, double y) {

    public enum Kind {
        CHAIR, MAT, FOAM_ROLLER, DUMBBELLS, BARBELL
    }

    /** Whether the prop is drawn in the hands rather than at its place. */
    public boolean held() {
        return kind == Kind.DUMBBELLS || kind == Kind.BARBELL;
    }
}
