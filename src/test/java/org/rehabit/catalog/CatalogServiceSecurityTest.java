package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.CatalogFilter;
import org.rehabit.catalog.service.CatalogService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Patients never reach the catalog as such, whatever id they try. */
@IntegrationTest
class CatalogServiceSecurityTest {

    @Autowired
    CatalogService catalog;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void a_patient_can_only_read_instructions_and_the_pictures_of_their_own_exercises() {
        var patient = data.patientOf(data.therapist());
        data.signIn(patient);
        var id = jdbc.queryForObject("select id from exercise where name = 'Neck tilt'", Long.class);
        assertThatThrownBy(() -> catalog.image(id)).as("not in a routine of theirs")
                .isInstanceOf(RecordNotFoundException.class);
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        data.signIn(patient);
        var version = jdbc.queryForObject("select version from exercise where id = ?", Long.class, id);
        var draft = CatalogServiceTest.wallPress("Wall press by a patient");

        assertThatThrownBy(() -> catalog.search(CatalogFilter.ALL, Pageable.ofSize(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.image(id)).as("shown on the patient's cards").isEmpty();
        assertThat(catalog.instructions(List.of(id))).containsKey(id);
        assertThatThrownBy(() -> catalog.alternatives()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.create(draft, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.update(id, version, draft, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.retire(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.restore(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.removeImage(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.showFigure(id, "Walking")).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select retired_at is null from exercise where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void nobody_signed_in_is_refused() {
        data.signOut();
        assertThatThrownBy(() -> catalog.search(CatalogFilter.ALL, Pageable.ofSize(5)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
