package org.rehabit.patients.service;

import java.time.LocalDate;
import org.rehabit.patients.domain.ComplaintRegion;

/** What a therapist notes at intake; everything but the complaint region is optional. */
public record Intake(LocalDate dateOfBirth, ComplaintRegion complaintRegion, String clinicalNotes,
        String redFlags) {
}
