package org.rehabit.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Optional;
import org.rehabit.base.ui.LayoutNotice;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.domain.Role;
import org.rehabit.security.service.TwoStep;

/** Reminds therapists and admins without two-step sign-in to set it up (where it is not required yet). */
@SpringComponent
class TwoStepNotice implements LayoutNotice {

    private final TwoStep twoStep;
    private final CurrentUser currentUser;

    TwoStepNotice(TwoStep twoStep, CurrentUser currentUser) {
        this.twoStep = twoStep;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Component> forSignedInUser() {
        if (currentUser.get().map(me -> me.role() == Role.PATIENT).orElse(true) || twoStep.enrolledAt().isPresent()) {
            return Optional.empty();
        }
        var link = new RouterLink(TwoStepView.class);
        link.add(VaadinIcon.WARNING.create());
        link.add(link.getTranslation("two-step.notice"));
        link.addClassName("two-step-notice");
        return Optional.of(link);
    }
}
