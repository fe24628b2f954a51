package org.rehabit.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.rehabit.base.service.ConcurrentEditException;
import org.rehabit.base.service.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Anything a click or a change throws ends in a short, translated message instead of a stack trace. */
@Component
class MainErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(MainErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        var key = messageKey(event.getThrowable());
        if (key.equals("error.unexpected")) {
            log.error("Unexpected error in the UI", event.getThrowable());
        } else {
            log.warn("Refused in the UI: {}", event.getThrowable().toString());
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notifications.error(ui.getTranslation(key)));
        }
    }

    private static String messageKey(Throwable throwable) {
        for (var cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return "error.action-denied";
            }
            if (cause instanceof RecordNotFoundException) {
                return "error.gone";
            }
            if (cause instanceof ConcurrentEditException || cause instanceof OptimisticLockingFailureException) {
                return "error.conflict";
            }
        }
        return "error.unexpected";
    }
}
