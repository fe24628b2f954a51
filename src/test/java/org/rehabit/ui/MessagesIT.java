package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.messages.service.Conversations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a phone-sized screen: the patient asks about an exercise from its card, the therapist reads it on the
 * patient's page and answers, and the patient finds the answer under Messages; a further answer sent while the page
 * is open is announced there at once (Vaadin push).
 */
@Import(TestData.class)
class MessagesIT extends RealBrowser {

    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Conversations conversations;

    @Override
    boolean phone() {
        return true;
    }

    @Test
    void a_patient_asks_about_an_exercise_and_the_therapist_answers() throws Exception {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));

        signIn(patient);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        for (var question : wait.until(d -> {
            var found = d.findElements(By.cssSelector(".check-in-question"));
            return found.size() == 2 ? found : null;
        })) {
            tap(question.findElements(By.cssSelector("button.chip")).stream()
                    .filter(b -> b.getText().equals("No")).findFirst().orElseThrow());
        }
        tap(browser.findElement(By.cssSelector(".check-in-continue")));
        var card = wait.until(d -> d.findElements(By.cssSelector(".exercise-card")).stream()
                .filter(c -> "Chair twist".equals(c.findElement(By.cssSelector("h3")).getAttribute("textContent")))
                .findFirst().orElse(null));
        tap(card.findElement(By.cssSelector("a.ask-about")));
        wait.until(d -> d.findElements(By.cssSelector(".message-about-draft")).stream()
                .anyMatch(about -> about.getText().contains("Chair twist")));
        write("The twist pulls on my left side. Should I turn less far?");
        wait.until(d -> bodies().contains("The twist pulls on my left side. Should I turn less far?"));
        saveScreenshot("messages-patient-asks");

        browser.manage().deleteAllCookies();
        signIn(therapist);
        wait.until(ExpectedConditions.urlToBe(url("dashboard")));
        browser.get(url("patients/patient/" + patient.id()));
        wait.until(d -> bodies().contains("The twist pulls on my left side. Should I turn less far?"));
        assertThat(browser.findElement(By.cssSelector(".message-about")).getText()).contains("Chair twist");
        write("Yes: turn only as far as it stays comfortable, and hold for 10 seconds instead of 15.");
        wait.until(d -> bodies().size() == 2);

        browser.manage().deleteAllCookies();
        signIn(patient);
        wait.until(ExpectedConditions.urlToBe(url("today")));
        browser.get(url("messages"));
        wait.until(d -> bodies().contains(
                "Yes: turn only as far as it stays comfortable, and hold for 10 seconds instead of 15."));
        saveScreenshot("messages-patient-reads-answer");

        // with the page open, a follow-up is announced through push, without reloading
        data.as(therapist, () -> conversations.send(patient.id(), "And tell me on Friday how it went.", null, null,
                null));
        var arrived = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".messages-arrived")));
        saveScreenshot("messages-patient-new-message");
        tap(arrived);
        wait.until(d -> bodies().contains("And tell me on Friday how it went."));
    }

    private void write(String text) {
        var area = wait.until(d -> d.findElement(By.cssSelector(".conversation vaadin-text-area textarea")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", area);
        area.sendKeys(text);
        tap(browser.findElements(By.cssSelector(".conversation vaadin-button")).stream()
                .filter(b -> b.getText().equals("Send")).findFirst().orElseThrow());
    }

    /** Read in one script, so a thread being redrawn meanwhile cannot leave stale elements behind. */
    @SuppressWarnings("unchecked")
    private List<String> bodies() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('.message-body')].map(body => body.textContent)");
    }

    private void tap(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }
}
