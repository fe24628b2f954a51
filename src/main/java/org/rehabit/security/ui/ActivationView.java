package org.rehabit.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.InvitationCheck;
import org.rehabit.security.service.InvitationService;

/** Where an invited patient opens their link and chooses a password; a used or expired link says what to do. */
@Route(value = InvitationService.ACTIVATION_PATH, autoLayout = false)
@AnonymousAllowed
public class ActivationView extends ChoosePasswordPage {

    private final InvitationService invitations;

    ActivationView(InvitationService invitations) {
        super(new Texts("activate.title", "activate.done.title", "activate.done.message", "activate.invalid.",
                "activate.invalid.ask", null));
        this.invitations = invitations;
    }

    @Override
    InvitationCheck check(String token) {
        return invitations.check(token);
    }

    @Override
    InvitationState save(String token, String password) {
        return invitations.activate(token, password);
    }
}
