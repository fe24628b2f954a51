package org.rehabit.security.domain;

public enum Role {
    ADMIN, THERAPIST, PATIENT;

    public String authority() {
        return "ROLE_" + name();
    }
}
