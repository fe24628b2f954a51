package org.rehabit;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Server to page over a WebSocket (a conversation hears of new messages); page to server stays plain requests, so
// the session filters see every use as before.
@Push(transport = Transport.WEBSOCKET_XHR)
// Installable on a phone's home screen; the icon is META-INF/resources/icons/icon.png, the colour Lumo's primary.
// Its service worker keeps the shell, the bundle and these style sheets, so the patient's day opens offline.
@PWA(name = "Rehabit", shortName = "Rehabit", description = "Home exercises from your physiotherapist",
        iconPath = "icons/icon.png", themeColor = "#1f847a", backgroundColor = "#ffffff", startPath = "",
        offlineResources = {Lumo.STYLESHEET, "styles.css"})
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The clinic's clock: "today" for patients' days is the date in the clinic's time zone. */
    @Bean
    Clock clock(@Value("${rehabit.time-zone:}") String timeZone) {
        return timeZone.isBlank() ? Clock.systemDefaultZone() : Clock.system(ZoneId.of(timeZone));
    }
}
