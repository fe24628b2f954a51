package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabit.ui.AuthorizationMatrix.Row;

class TherapistAuthorizationTest extends RoleAuthorizationTest {

    @BeforeEach
    void signInAsThePatientsTherapist() {
        data.signIn(records.therapist());
    }

    @ParameterizedTest
    @MethodSource("org.rehabit.ui.AuthorizationMatrix#rows")
    void therapist_sees_what_the_matrix_says(Row row) {
        check(row);
    }

    @ParameterizedTest
    @MethodSource("org.rehabit.ui.AuthorizationMatrix#onePatientsRows")
    void another_therapist_is_refused_the_records_of_a_patient_not_on_their_caseload(Row row) {
        data.signIn(data.therapist());

        assertThat(open(records.fill(row.path()))).isIn("AccessDeniedView", "NotFoundView");
    }
}
