package org.rehabit.adherence.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.AppRoles;
import org.rehabit.security.CurrentUser;

/** The patient's home. Until routines exist it says kindly that there is nothing to do yet. */
@Route("today")
@Menu(title = "nav.today", order = 10, icon = "vaadin:calendar-user")
@RolesAllowed(AppRoles.PATIENT)
class TodayView extends VerticalLayout implements HasDynamicTitle {

    TodayView(CurrentUser currentUser) {
        var greeting = getTranslation("today.greeting", currentUser.require().displayName());
        add(new ViewHeader(getTranslation("today.title")), new Paragraph(greeting),
                new Paragraph(getTranslation("today.no-routine")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("today.title");
    }
}
