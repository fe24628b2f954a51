package org.rehabit.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.rehabit.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/** A configured but unreachable database ends the start with one message that names the URL. */
class DatabaseUnreachableFailureAnalyzerTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:1/rehabit";

    @Test
    void a_start_against_an_unreachable_server_is_explained_with_its_url() {
        var failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class)
                .properties("spring.datasource.url=" + URL, "spring.datasource.username=rehabit",
                        "server.port=0", "spring.main.banner-mode=off", "vaadin.launch-browser=false")
                .run().close());

        var analysis = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment()
                .withProperty("spring.datasource.url", URL)).analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).startsWith("Cannot connect to the database at " + URL);
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void other_failures_are_left_to_spring() {
        var analyzer = new DatabaseUnreachableFailureAnalyzer(new MockEnvironment()
                .withProperty("spring.datasource.url", URL));
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
