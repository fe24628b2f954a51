package org.rehabit.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.rehabit.base.ui.Formats;
import org.rehabit.base.ui.Notifications;
import org.rehabit.base.ui.ViewHeader;
import org.rehabit.security.AppRoles;
import org.rehabit.security.service.TwoStep;

/** Staff: whether two-step sign-in is on, setting it up, and moving it to a new phone (with new recovery codes). */
@Route("account/two-step")
@Menu(title = "nav.two-step", order = 96, icon = "vaadin:mobile")
@RolesAllowed({AppRoles.THERAPIST, AppRoles.ADMIN})
class TwoStepView extends VerticalLayout implements HasDynamicTitle {

    private final TwoStep twoStep;

    TwoStepView(TwoStep twoStep) {
        this.twoStep = twoStep;
        show();
    }

    private void show() {
        removeAll();
        add(new ViewHeader(getTranslation("two-step.title")));
        var enrolled = twoStep.enrolledAt();
        if (enrolled.isEmpty()) {
            add(new Paragraph(getTranslation("two-step.off")), setupForm(false));
            return;
        }
        var status = new Paragraph(getTranslation("two-step.on", Formats.instant(enrolled.get(), getLocale(), ""),
                twoStep.recoveryCodesLeft()));
        status.addClassName("two-step-status");
        var again = new Button(getTranslation("two-step.again"), click -> {
            removeAll();
            add(new ViewHeader(getTranslation("two-step.title")), new Paragraph(getTranslation("two-step.again.intro")),
                    setupForm(true));
        });
        add(status, again);
    }

    private TwoStepSetupForm setupForm(boolean again) {
        var setup = twoStep.newSetup();
        return new TwoStepSetupForm(setup, again, (code, password) -> twoStep.enroll(setup.secret(), code, password),
                () -> {
                    Notifications.success(getTranslation("two-step.done"));
                    show();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("two-step.title");
    }
}
