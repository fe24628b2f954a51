package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rehabit.TestData.TestAccount;
import org.rehabit.security.domain.Role;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

class AuthorizationMatrixCoverageTest {

    @Test
    void every_route_has_a_row() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var routes = scanner.findCandidateComponents("org.rehabit").stream().map(bean -> {
            try {
                return Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());

        assertThat(AuthorizationMatrix.ROWS.stream().map(AuthorizationMatrix.Row::route).distinct())
                .containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void every_placeholder_in_a_path_names_a_record_the_tests_make() {
        var records = new RouteRecords(new TestAccount(1, "t", "T", "t@example.org", Role.THERAPIST, null),
                new TestAccount(2, "p", "P", "p@example.org", Role.PATIENT, 1L), 3, 4, LocalDate.of(2030, 6, 15));

        assertThat(AuthorizationMatrix.ROWS).allSatisfy(row -> assertThat(records.fill(row.path()))
                .as("/%s with its records filled in", row.path()).doesNotContain("{", "}"));
        assertThat(AuthorizationMatrix.rows().map(row -> records.fill(row.path())))
                .contains("progress/2", "routines/routine/3", "catalog/exercise/4", "today/2030-06-14");
    }
}
