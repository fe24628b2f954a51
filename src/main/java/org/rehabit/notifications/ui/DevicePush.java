package org.rehabit.notifications.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import org.rehabit.base.ui.Notifications;
import org.rehabit.notifications.service.MyDevices;

/**
 * Notifications on the device in hand (Web Push): whether they are on, and turning them on or off. The browser asks
 * the user's permission and subscribes with the portal's key; the subscription is kept for the signed-in person. A
 * browser that cannot (an iPhone's Safari before the portal is added to the home screen) is told how.
 */
class DevicePush extends Composite<Div> {

    /** Answers "unsupported", "blocked", "off" or the endpoint of this browser's subscription. */
    private static final String STATUS = """
            return (async () => {
              if (!('serviceWorker' in navigator) || !('PushManager' in window)) return 'unsupported';
              if (Notification.permission === 'denied') return 'blocked';
              const registration = await navigator.serviceWorker.getRegistration();
              const subscription = registration && await registration.pushManager.getSubscription();
              return subscription ? subscription.endpoint : 'off';
            })()""";
    /**
     * Asks permission and subscribes with the key $0; answers "endpoint\\np256dh\\nauth", or "error:<why>" (also when
     * the browser's push service has not answered within 20 seconds).
     */
    private static final String SUBSCRIBE = """
            const subscribe = async () => {
              try {
                if (await Notification.requestPermission() !== 'granted') return 'error:denied';
                const registration = await navigator.serviceWorker.ready;
                const base64 = $0.replace(/-/g, '+').replace(/_/g, '/');
                const padded = base64 + '='.repeat((4 - base64.length % 4) % 4);
                const key = Uint8Array.from(atob(padded), c => c.charCodeAt(0));
                const subscription = await registration.pushManager.subscribe(
                    {userVisibleOnly: true, applicationServerKey: key});
                const json = subscription.toJSON();
                return json.endpoint + '\\n' + json.keys.p256dh + '\\n' + json.keys.auth;
              } catch (e) {
                return 'error:' + e.name + ': ' + e.message;
              }
            };
            const timeout = new Promise(answer => setTimeout(() => answer('error:timeout'), 20000));
            return Promise.race([subscribe(), timeout]);""";
    /** Unsubscribes this browser; answers the endpoint it had, or "". */
    private static final String UNSUBSCRIBE = """
            return (async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              const subscription = registration && await registration.pushManager.getSubscription();
              if (!subscription) return '';
              await subscription.unsubscribe();
              return subscription.endpoint;
            })()""";

    private final MyDevices devices;
    private final Paragraph status = new Paragraph();
    private final Button turnOn = new Button(getTranslation("push.turn-on"));
    private final Button turnOff = new Button(getTranslation("push.turn-off"));

    DevicePush(MyDevices devices) {
        this.devices = devices;
        status.addClassName("push-status");
        turnOn.addClickListener(click -> subscribe());
        turnOff.addClickListener(click -> unsubscribe());
        turnOn.setVisible(false);
        turnOff.setVisible(false);
        getContent().add(new H2(getTranslation("push.title")), status, turnOn, turnOff);
        addAttachListener(attach -> refresh());
    }

    private void refresh() {
        getElement().executeJs(STATUS).then(String.class, this::show,
                error -> show("unsupported"));
    }

    private void show(String state) {
        var on = !state.equals("unsupported") && !state.equals("blocked") && !state.equals("off")
                && devices.isOn(state);
        status.setText(getTranslation(on ? "push.status.on"
                : state.equals("unsupported") ? "push.status.unsupported"
                        : state.equals("blocked") ? "push.status.blocked" : "push.status.off"));
        turnOn.setVisible(!on && !state.equals("unsupported") && !state.equals("blocked"));
        turnOff.setVisible(on);
    }

    private void subscribe() {
        var userAgent = VaadinRequest.getCurrent() == null ? null
                : VaadinRequest.getCurrent().getHeader("User-Agent");
        turnOn.setEnabled(false);
        status.setText(getTranslation("push.status.waiting"));
        getElement().executeJs(SUBSCRIBE, devices.applicationServerKey()).then(String.class, answer -> {
            turnOn.setEnabled(true);
            var parts = answer.split("\n");
            if (answer.equals("error:denied") || answer.equals("error:timeout")) {
                Notifications.error(getTranslation(answer.equals("error:denied") ? "push.denied" : "push.timeout"));
            } else if (answer.startsWith("error:") || parts.length != 3) {
                Notifications.error(getTranslation("push.failed", answer.replaceFirst("^error:", "")));
            } else {
                try {
                    devices.turnOn(parts[0], parts[1], parts[2], userAgent);
                    Notifications.success(getTranslation("push.turned-on"));
                } catch (IllegalArgumentException e) {
                    Notifications.error(getTranslation("push.failed", e.getMessage()));
                }
            }
            refresh();
        });
    }

    private void unsubscribe() {
        getElement().executeJs(UNSUBSCRIBE).then(String.class, endpoint -> {
            if (!endpoint.isEmpty()) {
                devices.turnOff(endpoint);
            }
            Notifications.success(getTranslation("push.turned-off"));
            refresh();
        });
    }
}
