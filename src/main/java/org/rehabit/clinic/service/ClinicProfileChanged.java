package org.rehabit.clinic.service;

/** An admin saved the clinic's profile: whoever keeps its name reads it again. */
public record ClinicProfileChanged() {
}
