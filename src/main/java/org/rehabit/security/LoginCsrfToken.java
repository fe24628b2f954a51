package org.rehabit.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts the CSRF token into every page's head, where Vaadin's sign-in form finds it and sends it with the
 * credentials: a sign-in posted from another site (login CSRF) is refused. The page drawn in the browser (the
 * patient's day) sends it with its own requests, in the header named beside it.
 */
@Component
class LoginCsrfToken implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(page -> {
            if (page.getVaadinRequest() instanceof VaadinServletRequest request
                    && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                var head = page.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
                head.appendElement("meta").attr("name", "_csrf_header").attr("content", token.getHeaderName());
            }
        });
    }
}
