package org.rehabit.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.security.domain.PatientSummary;
import org.rehabit.security.service.PatientAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The patient accounts a therapist finds are those on their own caseload; nobody else may ask. */
@IntegrationTest
@Transactional
class PatientAccountsTest {

    @Autowired
    PatientAccounts accounts;
    @Autowired
    TestData data;

    private TestAccount therapist;
    private TestAccount mine;
    private TestAccount alsoMine;
    private TestAccount theirs;

    @BeforeEach
    void two_therapists_and_their_patients() {
        therapist = data.therapist();
        mine = data.patientOf(therapist);
        alsoMine = data.patientOf(therapist);
        theirs = data.patientOf(data.therapist());
        data.signIn(therapist);
    }

    @Test
    void find_returns_only_the_therapists_own_patients() {
        assertThat(accounts.find(mine.id())).map(PatientSummary::username).contains(mine.username());
        assertThat(accounts.find(theirs.id())).isEmpty();
        assertThat(accounts.find(therapist.id())).as("a therapist is nobody's patient").isEmpty();
    }

    @Test
    void search_returns_only_the_therapists_own_patients() {
        assertThat(search("")).containsExactlyInAnyOrder(mine.id(), alsoMine.id());
        assertThat(search(theirs.username())).as("by e-mail").isEmpty();
        assertThat(search(theirs.displayName())).as("by name").isEmpty();
        assertThat(search(mine.displayName())).containsExactly(mine.id());
        // all three names share the same beginning; only the therapist's own two are found by it
        var shared = theirs.displayName().substring(0, theirs.displayName().lastIndexOf(' '));
        assertThat(mine.displayName()).startsWith(shared);
        assertThat(search(shared)).containsExactlyInAnyOrder(mine.id(), alsoMine.id());
    }

    @Test
    void an_admin_may_not_ask() {
        data.signIn(data.admin());
        assertRefused();
    }

    @Test
    void a_patient_may_not_ask_even_about_themself() {
        data.signIn(mine);
        assertRefused();
    }

    private void assertRefused() {
        assertThatThrownBy(() -> accounts.find(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.search("", Pageable.ofSize(5))).isInstanceOf(AccessDeniedException.class);
    }

    private List<Long> search(String text) {
        return accounts.search(text, Pageable.ofSize(50)).map(PatientSummary::id).getContent();
    }
}
