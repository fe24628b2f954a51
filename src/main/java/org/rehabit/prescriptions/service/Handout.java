package org.rehabit.prescriptions.service;

/** A generated PDF handout and the file name to save it under. */
public record Handout(String fileName, byte[] pdf) {
}
