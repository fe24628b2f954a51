package org.rehabit.patients.service;

/** The intake fields that validation can point at (name and e-mail are the account's). */
public enum PatientField {
    DATE_OF_BIRTH, COMPLAINT_REGION, CLINICAL_NOTES, RED_FLAGS
}
