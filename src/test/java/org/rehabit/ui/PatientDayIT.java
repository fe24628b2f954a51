package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The patient's day on a phone-sized screen (360 px wide): the check-in, the follow-along timer counting in the
 * browser, check-offs and pain that survive a reload, and a red flag that blocks the day. Each test signs in as a
 * patient of its own, who follows {@link TestRoutines#daily} from today.
 */
@Import(TestData.class)
class PatientDayIT extends RealBrowser {

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
        tap(tilt.findElement(By.xpath(".//vaadin-button[contains(., 'Follow along')]")));
        var timer = wait.until(d -> card("Neck tilt").findElement(By.cssSelector("rehabit-timer")));
        wait.until(d -> timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .anyMatch(WebElement::isDisplayed));
        tap(timer.getShadowRoot().findElements(By.cssSelector("button.primary")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow());
        wait.until(d -> timer.getShadowRoot().findElement(By.cssSelector(".where")).getText().contains("Rep 1 of 5"));
        saveScreenshot("patient-day-timer");

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
        assertThat(jdbc.queryForObject("select count(*) from patient_alert where patient_id = ? and kind = 'RED_FLAG'",
                Long.class, patient.id())).isEqualTo(1);
        saveScreenshot("patient-day-blocked");
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

    /** Taps a choice and waits until the server has marked it chosen. */
    private void choose(WebElement inside, String caption) {
        var button = inside.findElements(By.cssSelector("vaadin-button.chip")).stream()
                .filter(b -> b.getText().equals(caption)).findFirst().orElseThrow();
        tap(button);
        wait.until(d -> "true".equals(button.getAttribute("aria-pressed")));
    }

    /** A thumb's tap: the element is scrolled to the middle of the small screen first. */
    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private List<String> pressed(WebElement inside) {
        return inside.findElements(By.cssSelector("vaadin-button.chip")).stream()
                .filter(b -> "true".equals(b.getAttribute("aria-pressed"))).map(WebElement::getText).toList();
    }
}
