package org.rehabit.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Answers the first request of a session that was ended (account deactivated, password reset, too old). A Vaadin
 * background request gets Vaadin's own "session expired" answer, so the page reloads into the sign-in form;
 * a page request goes to the sign-in form directly.
 */
class EndedSessionResponse implements SessionInformationExpiredStrategy {

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        send(event.getRequest(), event.getResponse());
    }

    /** The answer to a request of an ended session. */
    static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (HandlerHelper.isFrameworkInternalRequest("/*", request)) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createSessionExpiredJSON(true));
        } else {
            response.sendRedirect(request.getContextPath() + "/login");
        }
    }
}
