package org.rehabit.ui;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabit.ui.AuthorizationMatrix.Row;
import org.springframework.security.test.context.support.WithUserDetails;

class TherapistAuthorizationTest extends RoleAuthorizationTest {

    @ParameterizedTest
    @MethodSource("org.rehabit.ui.AuthorizationMatrix#rows")
    @WithUserDetails("therapist")
    void therapist_sees_what_the_matrix_says(Row row) {
        check(row);
    }
}
