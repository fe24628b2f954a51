package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Idle sign-out in a real browser, with the idle times shortened to 20 seconds (so the warning comes after 10): a
 * warning, "stay signed in", then the sign-in page; a patient whose follow-along timer runs is not signed out.
 */
// heartbeats well within the idle time, as in production (once a minute against 15 or 30 minutes)
@TestPropertySource(properties = {"rehabit.session.idle.staff=20s", "rehabit.session.idle.patient=20s",
        "vaadin.heartbeatInterval=5"})
class IdleSignOutIT extends RealBrowser {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void an_idle_tab_warns_then_signs_out_and_stay_signed_in_starts_again() throws Exception {
        signIn(data.therapist());
        wait.until(ExpectedConditions.urlToBe(url("dashboard")));
        var warning = browser.findElement(By.cssSelector(".idle-warning"));
        assertThat(warning.isDisplayed()).isFalse();

        wait.until(ExpectedConditions.visibilityOf(warning));
        saveScreenshot("idle-warning");
        warning.findElement(By.cssSelector("vaadin-button")).click();
        wait.until(ExpectedConditions.invisibilityOf(warning));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("dashboard"));

        wait.until(ExpectedConditions.urlContains("login?idle"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-login-form"),
                "signed out because nothing happened"));
        browser.get(url("dashboard"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void a_running_follow_along_timer_keeps_the_patient_signed_in() throws Exception {
        var patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        signIn(patient);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        for (var question : wait.until(d -> {
            var found = d.findElements(By.cssSelector(".check-in-question"));
            return found.size() == 2 ? found : null;
        })) {
            click(question.findElements(By.cssSelector("button.chip")).stream()
                    .filter(b -> b.getText().equals("No")).findFirst().orElseThrow());
        }
        click(browser.findElement(By.cssSelector(".check-in-continue")));
        click(wait.until(d -> d.findElement(By.xpath("//button[contains(., 'Follow along')]"))));
        var timer = wait.until(d -> d.findElement(By.cssSelector("rehabit-timer")));
        click(wait.until(d -> timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));

        // longer than the idle time, shorter than the timer (5 reps of 5 s, 3 s apart): the watch's own clock
        var longerThanIdle = new WebDriverWait(browser, Duration.ofSeconds(35));
        longerThanIdle.until(d -> timer.getShadowRoot().findElement(By.cssSelector(".where")).getText()
                .contains("Rep 5 of 5"));

        assertThat(browser.getCurrentUrl()).isEqualTo(url("today"));
        assertThat(browser.findElement(By.cssSelector(".idle-warning")).isDisplayed()).isFalse();
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
