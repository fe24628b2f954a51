package org.rehabit.messages.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words in a patient's message that suggest a red flag (the portal's check-in asks about severe neck pain and new
 * weakness, numbness or tingling in the arms or hands). A message with one is highlighted for the therapist and the
 * patient is shown the red-flag advice; the message is not an emergency channel either way. The list is short on
 * purpose: it should catch the plain ways of saying it, not diagnose.
 */
public final class WarningWords {

    /** Whole words or phrases, matched case-insensitively; an apostrophe may be typed either way. */
    public static final List<String> WORDS = List.of("numb", "numbness", "tingling", "tingles", "pins and needles",
            "weakness", "weak arm", "weak hand", "can't feel", "cannot feel", "can't move", "cannot move",
            "severe pain", "unbearable", "dizzy", "dizziness", "fainted", "chest pain");

    private static final Pattern ANY = Pattern.compile(WORDS.stream()
            .map(word -> "\\b" + Pattern.quote(word).replace("'", "\\E['’]\\Q") + "\\b")
            .reduce((a, b) -> a + "|" + b).orElseThrow(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private WarningWords() {
    }

    public static boolean in(String text) {
        return text != null && ANY.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
