package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rehabit.TestData;
import org.rehabit.security.AuthenticatorApp;
import org.rehabit.security.service.TwoStep;
import org.springframework.beans.factory.annotation.Autowired;

/** A therapist with two-step sign-in signs in in a real browser: password, then the app's code. */
class TwoStepSignInIT extends RealBrowser {

    @Autowired
    TestData data;
    @Autowired
    TwoStep twoStep;
    @Autowired
    Clock clock;

    @Test
    void the_password_leads_to_the_code_and_the_code_to_the_dashboard() throws Exception {
        var therapist = data.therapist();
        var secret = data.as(therapist, () -> {
            var setup = twoStep.newSetup();
            twoStep.enroll(setup.secret(), AuthenticatorApp.code(setup.secret(), clock.instant().minusSeconds(30)),
                    null);
            return setup.secret();
        });

        signIn(therapist);
        // The sign-in form has text fields too: wait for the second step's page before taking its field.
        wait.until(ExpectedConditions.urlContains("/login/two-step"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("h2"), "Two-step"));
        var code = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")));
        assertThat(browser.findElements(By.cssSelector("input[name=username]"))).isEmpty();
        saveScreenshot("two-step-code");
        code.sendKeys("000000", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-text-field"),
                "This code is not right"));

        code.clear();
        code.sendKeys(AuthenticatorApp.code(secret, clock.instant()), Keys.ENTER);

        wait.until(ExpectedConditions.urlContains("/dashboard"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), "Dashboard"));
    }

    @Test
    void a_therapist_without_it_is_reminded_and_sets_it_up_from_the_reminder() throws Exception {
        var therapist = data.therapist();
        signIn(therapist);
        wait.until(ExpectedConditions.urlToBe(url("dashboard")));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.two-step-notice"))).click();

        wait.until(ExpectedConditions.urlToBe(url("account/two-step")));
        var secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".two-step-secret")))
                .getText().replace(" ", "");
        assertThat(browser.findElements(By.cssSelector(".qr-code path"))).hasSize(1);
        saveScreenshot("two-step-setup");
        browser.findElement(By.cssSelector("vaadin-text-field input"))
                .sendKeys(AuthenticatorApp.code(secret, clock.instant()), Keys.ENTER);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".recovery-codes li"), 10));
        saveScreenshot("two-step-recovery-codes");
    }
}
