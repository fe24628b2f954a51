package org.rehabit.base.ui;

/** A link on an exercise card of the patient's day: its text, where it goes (relative to the app), a class name. */
public record CardLink(String text, String href, String className) {
}
