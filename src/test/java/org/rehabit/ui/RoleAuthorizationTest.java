package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.rehabit.TestData;
import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.ui.LoginView;
import org.rehabit.ui.AuthorizationMatrix.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Opens every address of the matrix as one signed-in role and checks what is shown. Each test first makes the
 * records the addresses name: a therapist and their patient with a routine; subclasses then sign in as their role.
 */
abstract class RoleAuthorizationTest extends BrowserlessTest {

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

    void check(Row row) {
        var role = ((AccountPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).role();
        var shown = open(records.fill(row.path()));
        switch (row.outcomeFor(role)) {
            case OPENS -> assertThat(shown).isEqualTo(row.route());
            case HOME -> assertThat(shown).isEqualTo(AuthorizationMatrix.HOMES.get(role));
            case LOGIN -> assertThat(getCurrentView()).isInstanceOf(LoginView.class);
            case DENIED -> assertThat(shown).isIn("AccessDeniedView", "NotFoundView");
        }
    }
}
