package org.rehabit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which address of the JSON API the pages drawn in the browser use, as HTTP statuses, through the real
 * security filters: the API's rows of the route x role matrix ({@link AuthorizationMatrix} holds the pages'). Every
 * mapping under {@code /api/} must have a row. Records that belong to someone are tested with other users' ids in
 * their own tests ({@code DayApiTest}).
 */
@IntegrationTest
class ApiAuthorizationTest {

    /** A signed-in caller who may not call it gets 403; nobody signed in gets 401, never the sign-in page. */
    record Row(HttpMethod method, String pattern, int anonymous, int patient, int therapist, int admin) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    // spotless:off (a table is easier to read aligned)
    //                                    pattern                                  anon patient therapist admin
    static final List<Row> ROWS = List.of(
            new Row(HttpMethod.GET,  "/api/v1/day/{date}",                      401, 200,    403,      403),
            new Row(HttpMethod.POST, "/api/v1/day/{date}/actions",              401, 200,    403,      403),
            new Row(HttpMethod.GET,  "/api/v1/exercises/{id}/picture",          401, 200,    200,      200),
            new Row(HttpMethod.GET,  "/api/v1/exercises/{id}/figure.svg",       401, 200,    200,      200),
            new Row(HttpMethod.GET,  "/api/v1/exercises/{id}/video",            401, 200,    200,      200),
            new Row(HttpMethod.GET,  "/api/v1/exercises/{id}/video/poster",     401, 200,    200,      200),
            new Row(HttpMethod.GET,  "/api/v1/exercises/{id}/video/captions.vtt", 401, 200,  200,      200));
    // spotless:on

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    MockMvc mvc;
    TestAccount patient;
    long exercise;
    boolean pictureAdded;
    boolean videoAdded;

    @BeforeEach
    void makeAPatientAPictureAndAVideo() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        patient = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.daily(jdbc, LocalDate.now(clock)));
        exercise = jdbc.queryForObject("select id from exercise where name = 'Neck tilt'", Long.class);
        pictureAdded = jdbc.update("""
                insert into exercise_image (exercise_id, content_type, data) values (?, 'image/png', ?)
                on conflict (exercise_id) do nothing""", exercise, new byte[] {(byte) 0x89, 'P', 'N', 'G'}) == 1;
        videoAdded = jdbc.update("""
                insert into exercise_video (exercise_id, content_type, size_bytes, duration_ms, chunk_bytes, poster,
                                            captions, uploaded_by, uploaded_at)
                values (?, 'video/mp4', 4, 1000, 262144, ?, 'WEBVTT', ?, now()) on conflict (exercise_id) do nothing""",
                exercise, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, data.admin().id()) == 1;
        jdbc.update("""
                insert into exercise_video_chunk (video_id, seq, data)
                select id, 0, '\\x00000001'::bytea from exercise_video where exercise_id = ? on conflict do nothing""",
                exercise);
    }

    /** The seeded catalog is shared by all tests: the picture and the video go again. */
    @AfterEach
    void removeThePictureAndTheVideo() {
        if (pictureAdded) {
            jdbc.update("delete from exercise_image where exercise_id = ?", exercise);
        }
        if (videoAdded) {
            jdbc.update("delete from exercise_video where exercise_id = ?", exercise);
        }
    }

    @Test
    void every_api_address_has_a_row() {
        var patterns = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream()
                        .flatMap(pattern -> info.getMethodsCondition().getMethods().stream()
                                .map(method -> method + " " + pattern)))
                .filter(mapping -> mapping.contains(" /api/")).toList();

        assertThat(ROWS.stream().map(Row::toString)).containsExactlyInAnyOrderElementsOf(patterns);
    }

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_role_gets_what_its_row_says(Row row) throws Exception {
        assertThat(status(row, null)).as("anonymous").isEqualTo(row.anonymous());
        assertThat(status(row, patient)).as("patient").isEqualTo(row.patient());
        assertThat(status(row, data.therapist())).as("therapist").isEqualTo(row.therapist());
        assertThat(status(row, data.admin())).as("admin").isEqualTo(row.admin());
    }

    private int status(Row row, TestAccount caller) throws Exception {
        var path = row.pattern().replace("{date}", LocalDate.now(clock).toString())
                .replace("{id}", Long.toString(exercise));
        var call = request(row.method(), path).with(csrf());
        if (row.method() == HttpMethod.POST) {
            call.contentType(MediaType.APPLICATION_JSON).content("""
                    {"actions": [{"key": "%s", "type": "check-in", "severeNeckPain": false,
                    "armSymptoms": false}]}""".formatted(UUID.randomUUID()));
        }
        if (caller != null) {
            call.with(authentication(data.authentication(caller)));
        }
        return mvc.perform(call).andReturn().getResponse().getStatus();
    }
}
