package org.rehabit.ui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabit.ui.AuthorizationMatrix.Row;

class PatientAuthorizationTest extends RoleAuthorizationTest {

    @BeforeEach
    void signInAsThePatient() {
        data.signIn(records.patient());
    }

    @ParameterizedTest
    @MethodSource("org.rehabit.ui.AuthorizationMatrix#rows")
    void patient_sees_what_the_matrix_says(Row row) {
        check(row);
    }
}
