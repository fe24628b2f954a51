package org.rehabit.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for unknown addresses and, in production mode, for views the user may not open: Vaadin then
 * does not reveal that such a view exists.
 */
@AnonymousAllowed
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        super("error.not-found.title", "error.not-found.message");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
