package org.rehabit.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.rehabit.security.CurrentUser;
import org.rehabit.security.service.OwnPassword;
import org.springframework.stereotype.Component;

/**
 * After an admin reset a password, its holder sees nothing but the page to choose their own: every other view
 * they open leads there until they have.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final OwnPassword password;
    private final CurrentUser currentUser;

    PasswordChangeGate(OwnPassword password, CurrentUser currentUser) {
        this.password = password;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            var target = enter.getNavigationTarget();
            if (target != ChangePasswordView.class && target != LoginView.class && currentUser.get().isPresent()
                    && password.mustChange()) {
                enter.forwardTo(ChangePasswordView.class);
            }
        }));
    }
}
