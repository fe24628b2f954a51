package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Each role signs in in a real browser and sees its own home and menu, and nothing of another role's. */
class SignInSmokeIT extends RealBrowser {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"admin | admin/accounts | Accounts | Exercise catalog, Accounts",
            "therapist | dashboard | Dashboard | Dashboard, My patients, Exercise catalog",
            "patient | today | Today | Today, My progress"})
    void each_role_signs_in_and_lands_on_its_home(String username, String home, String heading, String menuItems)
            throws Exception {
        signIn(username, "rehabit-demo");

        wait.until(ExpectedConditions.urlToBe(url(home)));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), heading));
        var menu = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(item -> item.getText())
                .toList();
        assertThat(menu).containsExactly(menuItems.split(", "));
        saveScreenshot(username);
    }

    @Test
    void a_patient_typing_the_therapists_address_is_refused() {
        signIn("patient", "rehabit-demo");
        wait.until(ExpectedConditions.urlToBe(url("today")));

        browser.get(url("caseload"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-page h2")));
        assertThat(browser.findElement(By.cssSelector(".error-page h2")).getText())
                .isIn("Not available to you", "Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Paula Patient", "patient2@demo.rehabit.org");
    }

    @Test
    void a_wrong_password_shows_the_generic_error() {
        signIn("therapist", "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-login-form"),
                "Could not sign in"));
    }
}
