package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.rehabit.security.AccountPrincipal;
import org.rehabit.security.ui.LoginView;
import org.rehabit.ui.AuthorizationMatrix.Row;
import org.springframework.security.core.context.SecurityContextHolder;

/** Opens every address of the matrix as one signed-in role and checks what is shown. */
abstract class RoleAuthorizationTest extends BrowserlessTest {

    void check(Row row) {
        var role = ((AccountPrincipal) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).role();
        var shown = open(row.path());
        switch (row.outcomeFor(role)) {
            case OPENS -> assertThat(shown).isEqualTo(row.route());
            case HOME -> assertThat(shown).isEqualTo(AuthorizationMatrix.HOMES.get(role));
            case LOGIN -> assertThat(getCurrentView()).isInstanceOf(LoginView.class);
            case DENIED -> assertThat(shown).isIn("AccessDeniedView", "NotFoundView");
        }
    }
}
