package org.rehabit.prescriptions.service;

/**
 * One difference between two versions. {@code exercise} names the item for item changes; {@code before} and
 * {@code after} hold the old and new value (a name, date, schedule, dosage, number or note), null when absent.
 */
public record VersionChange(ChangeKind kind, String exercise, Object before, Object after) {
}
