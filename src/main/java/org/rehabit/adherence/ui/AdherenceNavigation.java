package org.rehabit.adherence.ui;

import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;

/** How other features link to the patient's day. */
public final class AdherenceNavigation {

    private AdherenceNavigation() {
    }

    /** A link to the patient's record of a day: today's page for today, the dated page for an earlier day. */
    public static RouterLink day(String text, LocalDate day, LocalDate today) {
        return day.equals(today) ? new RouterLink(text, TodayView.class)
                : new RouterLink(text, TodayView.class, day.toString());
    }
}
