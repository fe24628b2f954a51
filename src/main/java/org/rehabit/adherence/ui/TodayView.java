package org.rehabit.adherence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.DownloadLink;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.prescriptions.service.RoutineService;
import org.rehabit.prescriptions.service.RoutineState;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/**
 * The patient's home: their routines, each with its printable handout. Checking off exercises and reporting pain
 * come next (issue 5).
 */
@Route("today")
@Menu(title = "nav.today", order = 10, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.PATIENT)
class TodayView extends VerticalLayout implements HasDynamicTitle {

    TodayView(CurrentUser currentUser, RoutineService routines) {
        var greeting = getTranslation("today.greeting", currentUser.require().displayName());
        add(new ViewHeader(getTranslation("today.title")), new Paragraph(greeting));
        var mine = routines.myRoutines().stream().filter(r -> r.state() != RoutineState.ENDED).toList();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("today.no-routine")));
            return;
        }
        add(new H2(getTranslation("today.routines")));
        var locale = getLocale();
        for (var routine : mine) {
            var line = new Div(new Paragraph(routine.name()), DownloadLink.of(getTranslation("today.handout"),
                    "routine-" + routine.id() + ".pdf", "application/pdf",
                    () -> routines.handout(routine.id(), locale)));
            line.addClassName("routine-line");
            add(line);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title");
    }
}
