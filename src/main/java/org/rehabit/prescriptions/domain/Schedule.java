package org.rehabit.prescriptions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a routine is done: on fixed weekdays (stored as a bit mask, bit 0 = Monday) or on a number of days per week
 * the patient picks; either way some times on each of those days.
 */
@Embeddable
public record Schedule(
        @Column(name = "weekdays") Integer weekdayMask,
        @Column(name = "days_per_week") Integer daysPerWeek,
        @Column(name = "times_per_day") Integer timesPerDay) {

    public static final int MAX_TIMES_PER_DAY = 6;
    public static final int MAX_DAYS_PER_WEEK = 7;

    public static Schedule onWeekdays(Set<DayOfWeek> days, Integer timesPerDay) {
        return new Schedule(days.stream().mapToInt(day -> 1 << (day.getValue() - 1)).sum(), null, timesPerDay);
    }

    public static Schedule daysPerWeek(int days, int timesPerDay) {
        return new Schedule(null, days, timesPerDay);
    }

    public static Schedule everyDay() {
        return onWeekdays(EnumSet.allOf(DayOfWeek.class), 1);
    }

    /** The fixed weekdays, empty when the patient picks the days. */
    public Set<DayOfWeek> weekdays() {
        if (weekdayMask == null) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(DayOfWeek.values()).filter(day -> (weekdayMask & (1 << (day.getValue() - 1))) != 0)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public boolean fixedDays() {
        return weekdayMask != null;
    }
}
