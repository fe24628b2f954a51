package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
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
}
