package org.rehabit.base.domain;

import java.util.Locale;

/** Search text for SQL LIKE with escape character '\': what a user types matches itself, % and _ included. */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text, trimmed and lower-cased, with LIKE's wildcards and the escape character escaped. */
    public static String escaped(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
    }
}
