package org.rehabit.clinic.domain;

import java.util.regex.Pattern;

/** The clinic's name and how to reach it; phone, e-mail and opening hours may be absent (null). */
public record ClinicProfile(String name, String phone, String email, String openingHours) {

    public static final int NAME_MAX_LENGTH = 100;
    public static final int OPENING_HOURS_MAX_LENGTH = 300;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final Pattern PHONE = Pattern.compile("[0-9+() ./-]{3,40}");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
}
