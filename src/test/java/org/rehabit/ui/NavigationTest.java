package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData;
import org.rehabit.security.ui.LoginView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** Each role lands on its own home after sign-in and sees only its own menu. */
class NavigationTest extends BrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    RouteRecords records;

    @BeforeEach
    void makeATherapistAndTheirPatientWithARoutine() {
        records = RouteRecords.make(data, jdbc, clock);
    }

    @Test
    @WithAnonymousUser
    void a_visitor_is_sent_to_sign_in() {
        assertThat(open("caseload")).isEqualTo("login");
    }

    @Test
    @WithAnonymousUser
    void a_failed_sign_in_shows_the_one_generic_error() {
        open("login?error");
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_therapist_lands_on_the_caseload_with_only_that_menu() {
        data.signIn(records.therapist());

        assertThat(open("")).isEqualTo("dashboard");
        assertThat(menu()).containsExactly("Dashboard", "My patients", "Exercise catalog", "Notifications",
                "My password",
                "Two-step sign-in", "Where I am signed in");
        assertThat(texts()).contains(records.therapist().displayName(), "Therapist");
    }

    @Test
    void a_patient_lands_on_today_with_only_that_menu() {
        data.signIn(records.patient());

        assertThat(open("")).isEqualTo("today");
        assertThat(menu()).containsExactly("Today", "My progress", "Who opened my record", "Messages",
                "Notifications",
                "My password",
                "Where I am signed in");
    }

    @Test
    void an_admin_lands_on_accounts_with_only_that_menu() {
        data.signIn(data.admin());

        assertThat(open("")).isEqualTo("admin/accounts");
        assertThat(menu()).containsExactly("Exercise catalog", "Accounts", "Audit trail", "Outbox", "Clinic",
                "My password",
                "Two-step sign-in", "Where I am signed in");
    }

    @Test
    void a_signed_in_user_opening_the_login_page_goes_home() {
        data.signIn(records.patient());

        assertThat(open("login")).isEqualTo("today");
    }

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> texts() {
        return $(Span.class).all().stream().map(Span::getText).toList();
    }
}
