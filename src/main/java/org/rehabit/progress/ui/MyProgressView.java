package org.rehabit.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import org.rehabit.adherence.domain.Adherence;
import org.rehabit.adherence.domain.ExerciseHistory;
import org.rehabit.adherence.service.DayResult;
import org.rehabit.adherence.service.PatientDayService;
import org.rehabit.adherence.ui.AdherenceNavigation;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.progress.service.ProgressService;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/**
 * The patient's own record: a calendar of the last weeks coloured by adherence with the pain after each session,
 * the current streak, and how each exercise went.
 */
@Route("history")
@Menu(title = "nav.history", order = 11, icon = "vaadin:chart-timeline")
@RolesAllowed(AppRoles.PATIENT)
class MyProgressView extends VerticalLayout implements HasDynamicTitle {

    static final int WEEKS = 6;

    MyProgressView(PatientDayService days, ProgressService progress, CurrentUser currentUser, Clock clock) {
        addClassName("history-view");
        var today = LocalDate.now(clock);
        var from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
        var history = days.history(from);
        add(new ViewHeader(getTranslation("history.title")));
        var streak = new Paragraph(getTranslation("history.streak", history.streak()));
        streak.addClassName("streak");
        add(streak, new Paragraph(summary(history.total())));
        add(new H2(getTranslation("history.calendar")), calendar(history.days(), from, today), legend());
        add(new H2(getTranslation("history.exercises")));
        if (history.exercises().isEmpty()) {
            add(new Paragraph(getTranslation("history.no-exercises")));
        }
        history.exercises().forEach(exercise -> add(exercise(exercise)));
        var me = currentUser.require().accountId();
        add(new H2(getTranslation("progress.charts")),
                new ProgressPanel(today, (rangeFrom, rangeTo) -> progress.progress(me, rangeFrom, rangeTo), null));
    }

    private String summary(Adherence total) {
        return total.ratio().isPresent()
                ? getTranslation("history.adherence", WEEKS, percent(total))
                : getTranslation("history.nothing-due");
    }

    private Component calendar(List<DayResult> results, LocalDate from, LocalDate today) {
        var grid = new Div();
        grid.addClassName("calendar");
        for (var weekday : DayOfWeek.values()) {
            var head = new Span(weekday.getDisplayName(TextStyle.SHORT, getLocale()));
            head.addClassName("calendar-head");
            grid.add(head);
        }
        var byDay = results.stream().collect(Collectors.toMap(DayResult::day, r -> r));
        for (var day = from; day.isBefore(from.plusWeeks(WEEKS)); day = day.plusDays(1)) {
            grid.add(cell(day, byDay.get(day), today));
        }
        return grid;
    }

    private Component cell(LocalDate day, DayResult result, LocalDate today) {
        var cell = new Div(new Span(String.valueOf(day.getDayOfMonth())));
        cell.addClassName("calendar-day");
        if (day.isAfter(today) || result == null) {
            cell.addClassName("future");
            return cell;
        }
        var label = new StringBuilder(Formats.date(day, getLocale(), "")).append(": ");
        if (result.redFlag()) {
            cell.addClassName("red-flag");
            label.append(getTranslation("history.red-flag"));
        } else if (result.adherence().ratio().isEmpty()) {
            cell.addClassName("nothing-due");
            label.append(getTranslation("history.nothing-due-day"));
        } else if (day.equals(today) && result.adherence().ratio().getAsDouble() < Adherence.GOOD) {
            // today is still open: not judged before it is over
            cell.addClassName("open");
            label.append(getTranslation("history.day-open", percent(result.adherence())));
        } else {
            var ratio = result.adherence().ratio().getAsDouble();
            cell.addClassName(
                    ratio >= Adherence.GOOD ? "good" : ratio >= Adherence.FAIR ? "fair" : ratio > 0 ? "low" : "missed");
            label.append(getTranslation("history.day-adherence", percent(result.adherence())));
        }
        if (result.painAfter() != null) {
            var pain = new Span(getTranslation("history.pain-short", result.painAfter()));
            pain.addClassName("pain-after");
            cell.add(pain);
            label.append(", ").append(getTranslation("history.pain-after", result.painAfter()));
        }
        if (day.equals(today)) {
            cell.addClassName("today");
        }
        // the cell's short text is for the eye; a screen reader reads the whole day instead, so no accessible name
        // differs from the text shown
        cell.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(label.toString());
        spoken.addClassName("visually-hidden");
        var link = AdherenceNavigation.day("", day, today);
        link.add(cell, spoken);
        link.getElement().setAttribute("title", label.toString());
        return link;
    }

    private Component legend() {
        var legend = new Div();
        legend.addClassName("calendar-legend");
        var good = Math.round(Adherence.GOOD * 100);
        var fair = Math.round(Adherence.FAIR * 100);
        for (var kind : new String[] {"good", "fair", "low", "missed", "open", "nothing-due", "red-flag"}) {
            var swatch = new Span();
            swatch.addClassNames("swatch", kind);
            legend.add(new Span(swatch, new Span(getTranslation("history.legend." + kind, good, fair, good - 1))));
        }
        return legend;
    }

    private Component exercise(ExerciseHistory exercise) {
        var card = new Div(new H3(exercise.name()));
        card.addClassName("exercise-history");
        card.add(new Paragraph(getTranslation("history.exercise-done", exercise.done(), exercise.partly(),
                exercise.scheduled())));
        if (exercise.skippedTotal() > 0) {
            var reasons = exercise.skipped().entrySet().stream()
                    .map(e -> getTranslation("log.skip." + e.getKey().name()) + " × " + e.getValue())
                    .collect(Collectors.joining(", "));
            card.add(new Paragraph(getTranslation("history.exercise-skipped", exercise.skippedTotal(), reasons)));
        }
        if (exercise.meanPain() != null) {
            card.add(new Paragraph(getTranslation("history.exercise-pain",
                    String.format(getLocale(), "%.1f", exercise.meanPain()), exercise.painFlags())));
        }
        return card;
    }

    private static long percent(Adherence adherence) {
        return Math.round(adherence.ratio().orElse(0) * 100);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }
}
