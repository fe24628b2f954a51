package org.rehabit.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.patients.service.PatientAccess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see or change a patient: the patient themselves, their own therapist and the system; nobody else, and a
 * refusal looks like a patient that does not exist.
 */
@IntegrationTest
@Transactional
class PatientAccessTest {

    @Autowired
    PatientAccess access;
    @Autowired
    TestData data;

    private TestAccount therapist;
    private TestAccount patient;

    @BeforeEach
    void a_therapist_and_their_patient() {
        therapist = data.therapist();
        patient = data.patientOf(therapist);
    }

    @Test
    void the_patient_may_reach_themself_but_is_nobodys_therapist() {
        data.signIn(patient);

        assertAllowed();
        assertThatThrownBy(() -> access.myPatient(patient.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void another_patient_of_the_same_therapist_may_not() {
        data.signIn(data.patientOf(therapist));

        assertRefused();
    }

    @Test
    void their_own_therapist_may_and_gets_the_patients_account() {
        data.signIn(therapist);

        assertAllowed();
        var summary = access.myPatient(patient.id());
        assertThat(summary.id()).isEqualTo(patient.id());
        assertThat(summary.username()).isEqualTo(patient.username());
        assertThat(summary.displayName()).isEqualTo(patient.displayName());
    }

    @Test
    void another_therapist_may_not() {
        data.signIn(data.therapist());

        assertRefused();
    }

    @Test
    void an_admin_may_not() {
        data.signIn(data.admin());

        assertRefused();
    }

    @Test
    void nobody_signed_in_may_not() {
        data.signOut();

        assertRefused();
    }

    @Test
    void the_system_may() {
        var may = new AtomicReference<Boolean>();
        data.asSystem(() -> {
            may.set(access.may(patient.id()));
            access.check(patient.id());
        });

        assertThat(may.get()).isTrue();
    }

    @Test
    void a_therapists_id_is_not_a_patient() {
        var colleague = data.therapist();
        data.signIn(therapist);

        assertThat(access.may(colleague.id())).isFalse();
        assertThatThrownBy(() -> access.myPatient(colleague.id())).isInstanceOf(RecordNotFoundException.class);
    }

    private void assertAllowed() {
        assertThat(access.may(patient.id())).isTrue();
        assertThatCode(() -> access.check(patient.id())).doesNotThrowAnyException();
    }

    private void assertRefused() {
        assertThat(access.may(patient.id())).isFalse();
        assertThatThrownBy(() -> access.check(patient.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> access.myPatient(patient.id())).isInstanceOf(RecordNotFoundException.class);
    }
}
