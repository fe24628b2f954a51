package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The patient's day on a phone-sized screen (360 px wide): the check-in, the follow-along timer counting in the
 * browser, check-offs and pain that survive a reload, and a red flag that blocks the day. Each test signs in as a
 * patient of its own, who follows {@link TestRoutines#daily} from today.
 */
@Import({TestData.class, PatientDayIT.DeadSpot.class})
class PatientDayIT extends RealBrowser {

    /**
     * The server's side of a dead spot. DevTools' offline mode cuts the page, but not the requests the service worker
     * makes itself, nor a new page's first moment after a reload; a real dead spot cuts them all. While it is down,
     * the day's actions get a 503, as a request lost on the way would fail, and stay on the phone.
     */
    @TestConfiguration
    static class DeadSpot {

        static final AtomicBoolean DOWN = new AtomicBoolean();

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> deadSpotFilter() {
            var filter = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                        FilterChain chain) throws ServletException, IOException {
                    if (DOWN.get()) {
                        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                    } else {
                        chain.doFilter(request, response);
                    }
                }
            });
            filter.addUrlPatterns("/api/v1/day/*");
            filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return filter;
        }
    }

    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    TestAccount patient;

    @Override
    boolean phone() {
        return true;
    }

    @AfterEach
    void endTheDeadSpot() {
        DeadSpot.DOWN.set(false);
    }

    @BeforeEach
    void makeAPatientWithADailyRoutine() {
        patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
    }

    @Test
    void a_patient_checks_in_follows_the_timer_checks_off_and_finds_it_all_after_a_reload() throws Exception {
        signIn(patient.username(), TestData.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        answerCheckIn("No", "No");

        var tilt = card("Neck tilt");
        tap(tilt.findElement(By.xpath(".//button[contains(., 'Follow along')]")));
        var timer = wait.until(d -> card("Neck tilt").findElement(By.cssSelector("rehabit-timer")));
        wait.until(d -> timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .anyMatch(WebElement::isDisplayed));
        tap(timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow());
        wait.until(d -> timer.getShadowRoot().findElement(By.cssSelector(".where")).getText().contains("Rep 1 of 5"));
        wait.until(d -> figureBeside(card("Neck tilt")).contains("?pose=end"));
        saveScreenshot("patient-day-timer");
        tap(timer.getShadowRoot().findElements(By.cssSelector("button")).stream()
                .filter(b -> b.isDisplayed() && b.getText().equals("Pause")).findFirst().orElseThrow());
        wait.until(d -> figureBeside(card("Neck tilt")).contains("?pose=start"));
        assertThat(card("Side-to-side neck tilt").findElement(By.cssSelector("img.exercise-figure"))
                .getDomAttribute("src")).as("done on each side: both sides in turn").endsWith("&sides=both");

        for (var exercise : List.of("Neck tilt", "Side-to-side neck tilt", "Rounded back (cat-cow)")) {
            choose(card(exercise), "Done");
        }
        choose(card("Chair twist"), "Skipped");
        choose(card("Chair twist"), "Pain");
        choose(browser.findElement(By.cssSelector(".session-before")), "4");
        choose(browser.findElement(By.cssSelector(".session-after")), "3");
        wait.until(d -> jdbc.queryForObject("select count(*) from exercise_session where patient_id = ? "
                + "and pain_after = 3", Long.class, patient.id()) == 1);

        browser.navigate().refresh();

        wait.until(d -> pressed(card("Chair twist")).equals(List.of("Skipped", "Pain")));
        assertThat(pressed(card("Neck tilt"))).containsExactly("Done");
        assertThat(pressed(browser.findElement(By.cssSelector(".session-before")))).containsExactly("4");
        assertThat(pressed(browser.findElement(By.cssSelector(".session-after")))).containsExactly("3");
        var widths = (List<?>) ((JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        assertThat(((Number) widths.get(0)).longValue()).as("no sideways scrolling")
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
        saveScreenshot("patient-day-reloaded");
    }

    @Test
    void a_red_flag_at_the_check_in_blocks_the_day() throws Exception {
        signIn(patient.username(), TestData.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        answerCheckIn("No", "Yes");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice.blocked")));
        assertThat(browser.findElements(By.cssSelector(".exercise-card"))).isEmpty();
        wait.until(d -> queued() == 0);
        assertThat(jdbc.queryForObject("select count(*) from patient_alert where patient_id = ? and kind = 'RED_FLAG'",
                Long.class, patient.id())).isEqualTo(1);
        saveScreenshot("patient-day-blocked");
    }

    @Test
    void taps_made_offline_survive_a_reload_and_are_saved_once_when_the_network_is_back() throws Exception {
        signIn(patient.username(), TestData.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        answerCheckIn("No", "No");
        wait.until(d -> queued() == 0);
        wait.until(d -> Boolean.TRUE.equals(script(
                "return !!(navigator.serviceWorker && navigator.serviceWorker.controller)")));

        network(false);
        choose(card("Neck tilt"), "Done");
        choose(card("Rounded back (cat-cow)"), "Done");
        wait.until(d -> d.findElement(By.cssSelector(".day-status")).getAttribute("textContent")
                .contains("Saved on this phone"));
        browser.navigate().refresh();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".offline-copy")));
        assertThat(pressed(card("Neck tilt"))).containsExactly("Done");
        assertThat(pressed(card("Rounded back (cat-cow)"))).containsExactly("Done");
        assertThat(logs()).as("nothing has reached the server").isZero();
        saveScreenshot("patient-day-offline");
        var tilt = card("Side-to-side neck tilt");
        tap(tilt.findElement(By.xpath(".//button[contains(., 'Follow along')]")));
        var timer = wait.until(d -> card("Side-to-side neck tilt").findElement(By.cssSelector("rehabit-timer")));
        wait.until(d -> timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .anyMatch(WebElement::isDisplayed));
        tap(timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow());
        wait.until(d -> "hold".equals(timer.getDomAttribute("phase")));
        // its still poses were never fetched online: the card's own figure stands in
        wait.until(d -> Boolean.TRUE.equals(script("const figure = document.querySelector('.timer-figure');"
                + " return !!figure && !figure.src.includes('pose=') && figure.complete && figure.naturalWidth > 0")));

        network(true);

        wait.until(d -> logs() == 2 && queued() == 0);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".offline-copy")));
        assertThat(pressed(card("Neck tilt"))).containsExactly("Done");
        assertThat(logs()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from applied_day_action where patient_id = ?", Long.class,
                patient.id())).as("the check-in and the two taps, each once").isEqualTo(3);
    }

    /** The address of the figure beside a card's timer, which follows the timer's phases. */
    private String figureBeside(WebElement card) {
        return card.findElement(By.cssSelector(".timer-figure")).getDomAttribute("src");
    }

    private long logs() {
        return jdbc.queryForObject("""
                select count(*) from exercise_log l join exercise_session s on s.id = l.session_id
                where s.patient_id = ?""", Long.class, patient.id());
    }

    /** How many actions the page keeps on the phone, not yet confirmed by the server. */
    private long queued() {
        return ((Number) script("return JSON.parse(localStorage.getItem('rehabit.queue') || '[]').length"))
                .longValue();
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** Cuts the phone's network or gives it back, as DevTools does. */
    private void network(boolean online) {
        DeadSpot.DOWN.set(!online);
        var chrome = (ChromeDriver) browser;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
        // the page learns it a moment later; a tap before that would still be sent
        wait.until(d -> Boolean.valueOf(online).equals(script("return navigator.onLine")));
    }

    private void answerCheckIn(String neck, String arms) {
        var questions = wait.until(d -> {
            var found = d.findElements(By.cssSelector(".check-in-question"));
            return found.size() == 2 ? found : null;
        });
        choose(questions.get(0), neck);
        choose(questions.get(1), arms);
        tap(browser.findElement(By.cssSelector(".check-in-continue")));
    }

    private WebElement card(String exercise) {
        return wait.until(d -> d.findElements(By.cssSelector(".exercise-card")).stream()
                .filter(card -> exercise.equals(card.findElement(By.cssSelector("h3")).getAttribute("textContent")))
                .findFirst()
                .orElse(null));
    }

    /** Taps a choice and waits until the page shows it chosen. */
    private void choose(WebElement inside, String caption) {
        var button = inside.findElements(By.cssSelector("button.chip")).stream()
                .filter(b -> b.getAttribute("textContent").strip().equals(caption)).findFirst().orElseThrow();
        tap(button);
        wait.until(d -> "true".equals(button.getAttribute("aria-pressed")));
    }

    /** A thumb's tap: the element is scrolled to the middle of the small screen first. */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private List<String> pressed(WebElement inside) {
        return inside.findElements(By.cssSelector("button.chip")).stream()
                .filter(b -> "true".equals(b.getAttribute("aria-pressed")))
                .map(b -> b.getAttribute("textContent").strip()).toList();
    }
}
