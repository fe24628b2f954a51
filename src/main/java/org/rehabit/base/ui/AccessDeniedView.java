package org.rehabit.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** Shown (in development mode) when a signed-in user opens a view their role may not see. */
@PermitAll
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedView() {
        super("error.denied.title", "error.denied.message");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
