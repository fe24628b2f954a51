package org.rehabit.prescriptions.service;

import java.time.LocalDate;
import org.rehabit.clinic.domain.ClinicProfile;

/** What the printed handout shows: whose routine, who prescribed it, and the version to follow. */
record HandoutContent(String patientName, String therapistName, LocalDate routineStart, VersionDetails version,
        LocalDate printedOn, ClinicProfile clinic) {
}
