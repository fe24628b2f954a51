package org.rehabit.patients.domain;

/** Where the patient's main complaint is, as noted at intake. */
public enum ComplaintRegion {
    NECK, BACK, BOTH, OTHER
}
