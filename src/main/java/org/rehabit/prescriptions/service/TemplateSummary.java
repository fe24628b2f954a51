package org.rehabit.prescriptions.service;

/** A template to start a routine from; {@code shared} ones come with Rehabit, the others are the therapist's own. */
public record TemplateSummary(long id, String name, String description, int items, boolean shared) {
}
