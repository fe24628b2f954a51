package org.rehabit.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabit.ui.AuthorizationMatrix.Row;

class AdminAuthorizationTest extends RoleAuthorizationTest {

    @BeforeEach
    void signInAsAnAdmin() {
        data.signIn(data.admin());
    }

    @ParameterizedTest
    @MethodSource("org.rehabit.ui.AuthorizationMatrix#rows")
    void admin_sees_what_the_matrix_says(Row row) {
        check(row);
    }
}
