package org.rehabit.adherence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.rehabit.base.ui.DownloadLink;
import org.rehabit.base.ui.TodayLink;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/**
 * The patient's home, made for a phone: the red-flag check-in, then the day's exercises to follow and check off,
 * with pain before and after. {@code today/<date>} shows an earlier day; only yesterday can still be completed.
 * The server draws the frame (title, links, handouts); the day itself is drawn in the browser ({@link DayElement}),
 * so it answers taps at once and keeps working offline.
 */
@Route("today")
@Menu(title = "nav.today", order = 10, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.PATIENT)
class TodayView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    private final CurrentUser currentUser;
    private final DayDocuments documents;
    private final RoutineService routines;
    private final List<TodayLink> links;
    private final Clock clock;
    private LocalDate day;

    TodayView(CurrentUser currentUser, DayDocuments documents, RoutineService routines, List<TodayLink> links,
            Clock clock) {
        this.currentUser = currentUser;
        this.documents = documents;
        this.routines = routines;
        this.links = links;
        this.clock = clock;
        addClassName("today-view");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String date) {
        var today = LocalDate.now(clock);
        try {
            day = date == null ? today : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("No day " + date);
        }
        if (day.isAfter(today)) {
            throw new NotFoundException("Day " + day + " has not come yet");
        }
        render();
    }

    private void render() {
        removeAll();
        var today = LocalDate.now(clock);
        add(new ViewHeader(DayDocuments.title(day, today, getLocale(), this::getTranslation)), navigation(today));
        if (day.equals(today)) {
            add(new Paragraph(getTranslation("today.greeting", currentUser.require().displayName())));
        }
        add(new DayElement(documents.of(day, getLocale())));
        handouts();
    }

    private Component navigation(LocalDate today) {
        var nav = new Div();
        nav.addClassName("day-navigation");
        nav.add(new RouterLink(getTranslation("today.previous-day"), TodayView.class, day.minusDays(1).toString()));
        if (day.isBefore(today)) {
            nav.add(AdherenceNavigation.day(getTranslation("today.next-day"), day.plusDays(1), today));
        }
        links.forEach(link -> nav.add(link.create()));
        return nav;
    }

    private void handouts() {
        var mine = routines.myRoutines().stream().filter(r -> r.state() != RoutineState.ENDED).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("today.no-routine")));
            return;
        }
        var locale = getLocale();
        var list = new Div();
        list.addClassName("handouts");
        for (var routine : mine) {
            list.add(DownloadLink.of(getTranslation("today.handout-of", routine.name()),
                    "routine-" + routine.id() + ".pdf", "application/pdf",
                    () -> routines.handout(routine.id(), locale)));
        }
        add(list);
    }
    @Override
    public String getPageTitle() {
        return getTranslation("today.title");
    }
}
