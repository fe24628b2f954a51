package org.rehabit.security.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.rehabit.security.domain.InvitationState;
import org.rehabit.security.service.InvitationCheck;
import org.rehabit.security.service.PasswordResets;

/** Where a "forgot password" link leads: a new password, or why the link no longer works and a way to a new one. */
@Route(value = PasswordResets.PATH, autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends ChoosePasswordPage {

    private final PasswordResets resets;

    ResetPasswordView(PasswordResets resets) {
        super(new Texts("reset.title", "reset.done.title", "reset.done.message", "reset.invalid.",
                "reset.ask", ForgotPasswordView.PATH));
        this.resets = resets;
    }

    @Override
    InvitationCheck check(String token) {
        return resets.check(token);
    }

    @Override
    InvitationState save(String token, String password) {
        return resets.reset(token, password);
    }
}
