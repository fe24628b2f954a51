package org.rehabit.prescriptions.service;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.rehabit.base.service.Translator;
import org.rehabit.catalog.service.DosageText;
import org.rehabit.prescriptions.domain.Load;
import org.rehabit.prescriptions.domain.PrescribedExercise;
import org.rehabit.prescriptions.domain.Schedule;

/** Schedules and prescribed doses in plain words, the same on screen and on the printed handout. */
public final class PrescriptionText {

    private PrescriptionText() {
    }

    /** For example "Every day", "Monday, Wednesday, Friday" or "3 days a week, twice a day". */
    public static String schedule(Schedule schedule, Translator text) {
        String days;
        if (!schedule.fixedDays()) {
            days = text.translate("schedule.days-per-week", schedule.daysPerWeek());
        } else if (schedule.weekdays().equals(EnumSet.allOf(DayOfWeek.class))) {
            days = text.translate("schedule.every-day");
        } else {
            days = schedule.weekdays().stream().map(day -> text.translate("schedule.weekday." + day.name()))
                    .collect(Collectors.joining(", "));
        }
        return schedule.timesPerDay() == null || schedule.timesPerDay() == 1 ? days
                : text.translate("schedule.times-per-day", days, schedule.timesPerDay());
    }

    /** A load's amount as written: 2.5, 10 (no trailing zeros). */
    public static String load(Load load) {
        return load.amount().stripTrailingZeros().toPlainString();
    }

    /**
     * The dosage with the load and the rest between sets, for example "2 sets, 10 reps, 2.5 kg, rest 30 s between
     * sets"; a single set has no rest between sets to mention.
     */
    public static String dosage(PrescribedExercise prescription, Translator text) {
        var dosage = DosageText.describe(prescription.dosageOrNone(), text);
        if (prescription.load() != null) {
            dosage = text.translate("dosage.load", dosage, load(prescription.load()),
                    text.translate("load.unit." + prescription.load().unit().name()));
        }
        var sets = prescription.dosageOrNone().sets();
        if (prescription.restSeconds() == null || prescription.restSeconds() == 0 || sets == null || sets < 2) {
            return dosage;
        }
        return text.translate("dosage.rest", dosage, prescription.restSeconds());
    }
}
