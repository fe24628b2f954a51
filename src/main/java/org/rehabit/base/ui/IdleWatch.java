package org.rehabit.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.rehabit.base.service.SessionUse;

/**
 * Signs the user out after the session's idle time (set per role at sign-in) without interaction, even with the tab
 * open, and warns a minute before with "stay signed in". The server ends idle sessions whatever the page does
 * (SessionLimitsFilter: heartbeats are not use); this watch makes it visible and timely. A follow-along timer that is
 * running counts as use: the watch tells the server at least once a minute, so nobody is signed out in the middle of a
 * held stretch.
 */
public class IdleWatch extends Div {

    /** Set on the request that signs out for idleness, so the sign-in page says why. */
    public static final String SIGNED_OUT_IDLE = IdleWatch.class.getName() + ".signedOut";
    static final Duration WARNING = Duration.ofMinutes(1);
    /** Signing out goes ahead when the session would end within this anyway. */
    private static final Duration CLOSE_ENOUGH = Duration.ofSeconds(10);

    private final AuthenticationContext authenticationContext;
    private final Clock clock;

    IdleWatch(AuthenticationContext authenticationContext, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
        addClassName("idle-warning");
        getElement().setAttribute("role", "alertdialog");
        // the click's round trip is what keeps the session
        var stay = new Button(getTranslation("idle.stay"));
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Span(getTranslation("idle.warning")), stay);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var idle = Duration.ofSeconds(VaadinSession.getCurrent().getSession().getMaxInactiveInterval());
        var warning = idle.dividedBy(2).compareTo(WARNING) < 0 ? idle.dividedBy(2) : WARNING;
        // Every round trip to the server (a tap that reached it, through Flow or the day's own requests) is use;
        // heartbeats are not. A running timer is
        // recognised by its state (frontend/rehabit-timer.js).
        getElement().executeJs("""
                // signs out a little before the server's limit, which counts from when a request arrived
                const box = this, idle = $0 - Math.min(5000, $0 / 10), warning = $1, tell = Math.min(60000, $0 / 4);
                clearInterval(box._idleWatch);
                let last = Date.now(), told = Date.now();
                const used = () => { last = Date.now(); box.hidden = true; };
                used();
                if (!box._idleListening) {
                  box._idleListening = true;
                  window.Vaadin.connectionState.addStateChangeListener((before, now) => {
                    if (now === 'connected') { box._idleUsed(); }
                  });
                  // a page drawn in the browser (the patient's day) reached the server with its own request
                  window.addEventListener('rehabit-used', () => box._idleUsed());
                }
                box._idleUsed = used;
                const timing = () => [...document.querySelectorAll('rehabit-timer')].some(t => t._state === 'running');
                box._idleWatch = setInterval(() => {
                  const now = Date.now();
                  if (timing()) {
                    used();
                    if (now - told > tell) { told = now; box.$server.keepAlive(); }
                    return;
                  }
                  const left = idle - (now - last);
                  if (left <= 0 && !box._idleAsking) {
                    box._idleAsking = true;
                    // the user may have been busy in another tab: the server says how long is left then
                    box.$server.signOut().then(serverLeft => {
                      box._idleAsking = false;
                      if (serverLeft > 0) { last = Date.now() - ($0 - serverLeft); box.hidden = true; }
                    });
                  } else if (left > 0 && left <= warning) {
                    box.hidden = false;
                  }
                }, 1000);
                """, idle.toMillis(), warning.toMillis());
    }

    /** Called while a timer runs: the round trip itself is the use that starts the session's idle time again. */
    @ClientCallable
    void keepAlive() {
        // nothing else to do
    }

    /**
     * This tab was idle for the session's idle time: signs out, unless the session was used in another tab meanwhile;
     * then this request is not counted as use, and the answer is how many milliseconds are left.
     */
    @ClientCallable
    long signOut() {
        var request = VaadinRequest.getCurrent();
        var session = VaadinSession.getCurrent().getSession();
        if (request.getAttribute(SessionUse.PREVIOUS_USE) instanceof Instant previous) {
            var left = Duration.between(clock.instant(),
                    previous.plusSeconds(session.getMaxInactiveInterval()));
            if (left.compareTo(CLOSE_ENOUGH) > 0) {
                session.setAttribute(SessionUse.LAST_USED, previous);
                return left.toMillis();
            }
        }
        request.setAttribute(SIGNED_OUT_IDLE, true);
        authenticationContext.logout();
        return 0;
    }
}
