package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.security.domain.Role;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role signs in in a real browser and sees its own home and menu, and nothing of another role's. */
class SignInSmokeIT extends RealBrowser {

    @Autowired
    TestData data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ADMIN | admin/accounts | Accounts | Exercise catalog, Accounts, Audit trail, Outbox, Clinic, My password, Two-step sign-in, Where I am signed in",
            "THERAPIST | dashboard | Dashboard | Dashboard, My patients, Exercise catalog, Notifications, My password, Two-step sign-in, Where I am signed in",
            "PATIENT | today | Today | Today, My progress, Who opened my record, Messages, Notifications, My password, Where I am signed in"})
    void each_role_signs_in_and_lands_on_its_home(Role role, String home, String heading, String menuItems)
            throws Exception {
        signIn(accountOf(role));

        wait.until(ExpectedConditions.urlToBe(url(home)));
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1"), heading));
        var menu = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream().map(item -> item.getText())
                .toList();
        assertThat(menu).containsExactly(menuItems.split(", "));
        saveScreenshot(role.name().toLowerCase(Locale.ROOT));
    }

    @Test
    void a_patient_typing_the_therapists_address_is_refused() {
        var therapist = data.therapist();
        var patient = data.patientOf(therapist);
        var otherPatient = data.patientOf(therapist);
        signIn(patient);
        wait.until(ExpectedConditions.urlToBe(url("today")));

        browser.get(url("caseload"));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-page h2")));
        assertThat(browser.findElement(By.cssSelector(".error-page h2")).getText())
                .isIn("Not available to you", "Page not found");
        assertThat(browser.getPageSource()).doesNotContain(otherPatient.displayName(), otherPatient.email());
    }

    @Test
    void a_wrong_password_shows_the_generic_error() {
        signIn(data.therapist().username(), "not-the-password");

        wait.until(ExpectedConditions.urlContains("/login?error"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-login-form"),
                "Could not sign in"));
    }

    private TestAccount accountOf(Role role) {
        return switch (role) {
            case ADMIN -> data.admin();
            case THERAPIST -> data.therapist();
            case PATIENT -> data.patientOf(data.therapist());
        };
    }
}
