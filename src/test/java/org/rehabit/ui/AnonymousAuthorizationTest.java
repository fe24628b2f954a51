package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabit.security.ui.LoginView;
import org.rehabit.ui.AuthorizationMatrix.Outcome;
import org.rehabit.ui.AuthorizationMatrix.Row;
import org.springframework.security.test.context.support.WithAnonymousUser;

class AnonymousAuthorizationTest extends RoleAuthorizationTest {

    @ParameterizedTest
    @MethodSource("org.rehabit.ui.AuthorizationMatrix#rows")
    @WithAnonymousUser
    void a_visitor_who_is_not_signed_in_sees_what_the_matrix_says(Row row) {
        var shown = open(records.fill(row.path()));
        if (row.anonymous() == Outcome.OPENS) {
            assertThat(shown).isEqualTo(row.route());
        } else {
            assertThat(row.anonymous()).isEqualTo(Outcome.LOGIN);
            assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        }
    }
}
