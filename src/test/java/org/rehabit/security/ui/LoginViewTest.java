package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.rehabit.ui.BrowserlessTest;

/** What the sign-in form says after a failed attempt and while sign-in is paused. */
class LoginViewTest extends BrowserlessTest {

    @Test
    void a_wrong_password_asks_to_check_the_name_and_password() {
        open("login?error");

        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(errorText()).contains("Could not sign in");
    }

    @Test
    void a_paused_sign_in_says_how_long_to_wait_and_nothing_about_the_account() {
        open("login?wait=3");

        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(errorText()).contains("Too many attempts", "Try again in 3 minutes").doesNotContain("exist");
    }

    @Test
    void an_expired_sign_in_page_asks_to_sign_in_again() {
        open("login?expired");

        assertThat(errorText()).contains("Please sign in again");
    }

    @Test
    void a_made_up_wait_is_shown_as_an_ordinary_failure() {
        open("login?wait=forever");

        assertThat(errorText()).contains("Could not sign in").doesNotContain("Too many attempts");
    }

    /** The form's texts as the browser gets them. */
    private String errorText() {
        return String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n"));
    }
}
