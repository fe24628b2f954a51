package org.rehabit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.ui.BrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Where I am signed in": the user's devices, and signing out there, also when that session ended meanwhile. */
class SessionsViewTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_patient_signs_out_on_another_device_and_one_ended_meanwhile_just_leaves_the_list() {
        var patient = data.patientOf(data.therapist());
        open(patient, "Chrome on Android");
        var laptop = open(patient, "Firefox on Windows");
        data.signIn(patient);
        open("account/sessions");
        assertThat($(Span.class).withClassName("session-device").all()).extracting(Span::getText)
                .containsExactlyInAnyOrder("Chrome on Android", "Firefox on Windows");

        jdbc.update("update signed_in_session set ended_at = last_used_at where session_key = ?", laptop);
        // one ended meanwhile, one still open: each click refreshes the list
        for (int i = 0; i < 2 && $(Button.class).withText("Sign out there").exists(); i++) {
            test($(Button.class).withText("Sign out there").first()).click();
        }

        assertThat($(Span.class).withClassName("session-device").all()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from signed_in_session where account_id = ? "
                + "and ended_at is null", Long.class, patient.id())).isZero();
    }

    private String open(TestAccount account, String device) {
        var key = UUID.randomUUID().toString();
        var at = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.update("""
                insert into signed_in_session (account_id, session_key, device, address, signed_in_at, last_used_at)
                values (?, ?, ?, '192.0.2.1', ?, ?)""", account.id(), key, device, at, at);
        return key;
    }
}
