package org.rehabit.security.service;

/** The fields of an account form that validation can point at. */
public enum AccountField {
    USERNAME, EMAIL, DISPLAY_NAME, PASSWORD, THERAPIST
}
