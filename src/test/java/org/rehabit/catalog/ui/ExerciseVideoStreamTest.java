package org.rehabit.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.catalog.CatalogServiceTest;
import org.rehabit.catalog.TestPictures;
import org.rehabit.catalog.TestVideos;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseVideos;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The video as a phone's player asks for it: ranges, tags, types, and only to those who may see it. */
@IntegrationTest
class ExerciseVideoStreamTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ExerciseVideos videos;
    @Autowired
    CatalogService catalog;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @TempDir
    Path folder;

    MockMvc mvc;
    TestAccount therapist;
    TestAccount patient;
    long exercise;
    byte[] clip;

    @BeforeEach
    void a_clinic_exercise_with_a_clip_prescribed_to_a_patient() throws IOException {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        therapist = data.therapist();
        patient = data.patientOf(therapist);
        data.signIn(therapist);
        exercise = catalog.create(CatalogServiceTest.wallPress("Wall press on video " + therapist.id()), null);
        clip = TestVideos.mp4("avc1", 30_000, 600_000);
        videos.upload(exercise, Files.write(folder.resolve("clip.mp4"), clip));
        videos.setPoster(exercise, TestPictures.jpeg(640, 360));
        videos.setCaptions(exercise, "WEBVTT\n\n00:00.000 --> 00:04.000\nSit tall.\n".getBytes());
        data.routine(patient, TestRoutines.only(exercise, LocalDate.now(clock)));
    }

    @AfterEach
    void remove_the_clip() {
        jdbc.update("delete from exercise_video where exercise_id = ?", exercise);
    }

    @Test
    void a_range_comes_back_as_206_with_exactly_those_bytes() throws Exception {
        var response = call(patient, video().header("Range", "bytes=262100-262199"));

        assertThat(response.getStatus()).isEqualTo(206);
        assertThat(response.getHeader("Content-Range")).isEqualTo("bytes 262100-262199/" + clip.length);
        assertThat(response.getContentLengthLong()).isEqualTo(100);
        assertThat(response.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(clip, 262_100, 262_200));
        assertThat(response.getContentType()).isEqualTo("video/mp4");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=86400, private");

        var open = call(patient, video().header("Range", "bytes=600000-"));
        assertThat(open.getStatus()).isEqualTo(206);
        assertThat(open.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(clip, 600_000, clip.length));
        var suffix = call(patient, video().header("Range", "bytes=-7"));
        assertThat(suffix.getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(clip, clip.length - 7, clip.length));
        var pastTheEnd = call(patient, video().header("Range", "bytes=500-99999999"));
        assertThat(pastTheEnd.getHeader("Content-Range")).isEqualTo("bytes 500-" + (clip.length - 1) + "/"
                + clip.length);
    }

    @Test
    void a_range_beyond_the_file_is_416_and_others_get_the_whole_file() throws Exception {
        var beyond = call(patient, video().header("Range", "bytes=" + clip.length + "-"));
        assertThat(beyond.getStatus()).isEqualTo(416);
        assertThat(beyond.getHeader("Content-Range")).isEqualTo("bytes */" + clip.length);
        assertThat(beyond.getContentAsByteArray()).isEmpty();

        var whole = call(patient, video());
        assertThat(whole.getStatus()).isEqualTo(200);
        assertThat(whole.getContentAsByteArray()).isEqualTo(clip);
        var tag = whole.getHeader("ETag");
        assertThat(call(patient, video().header("Range", "bytes=0-1, 5-6")).getStatus()).as("several ranges")
                .isEqualTo(200);
        assertThat(call(patient, video().header("Range", "pages=1-2")).getStatus()).isEqualTo(200);
        assertThat(call(patient, video().header("Range", "bytes=500-100")).getStatus()).as("ends before it starts")
                .isEqualTo(200);
        assertThat(call(patient, video().header("If-None-Match", tag)).getStatus()).as("the same version")
                .isEqualTo(304);
        assertThat(call(patient, video().header("Range", "bytes=0-9").header("If-Range", "\"video-0\""))
                .getStatus()).as("a range of another version").isEqualTo(200);
        assertThat(call(patient, video().header("Range", "bytes=0-9").header("If-Range", tag)).getStatus())
                .isEqualTo(206);
        var headOnly = call(patient, head("/api/v1/exercises/{id}/video", exercise));
        assertThat(headOnly.getContentLengthLong()).isEqualTo(clip.length);
        assertThat(headOnly.getContentAsByteArray()).isEmpty();
    }

    @Test
    void the_poster_and_captions_come_with_their_types() throws Exception {
        var poster = call(patient, get("/api/v1/exercises/{id}/video/poster", exercise));
        assertThat(poster.getContentType()).isEqualTo("image/jpeg");
        assertThat(TestPictures.read(poster.getContentAsByteArray()).getWidth()).isEqualTo(640);
        var captions = call(patient, get("/api/v1/exercises/{id}/video/captions.vtt", exercise));
        assertThat(captions.getContentType()).isEqualTo("text/vtt;charset=UTF-8");
        assertThat(captions.getContentAsString()).startsWith("WEBVTT");
    }

    @Test
    void nobody_else_gets_the_video_its_poster_or_its_captions() throws Exception {
        var stranger = data.patientOf(data.therapist());
        for (var path : List.of("/video", "/video/poster", "/video/captions.vtt")) {
            var address = "/api/v1/exercises/" + exercise + path;
            assertThat(call(stranger, get(address)).getStatus()).as(path).isEqualTo(404);
            assertThat(call(null, get(address)).getStatus()).as(path).isEqualTo(401);
            assertThat(call(therapist, get(address)).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(call(stranger, video().header("Range", "bytes=0-9")).getContentAsByteArray()).isEmpty();
        assertThat(call(patient, get("/api/v1/exercises/987654/video")).getStatus()).isEqualTo(404);
    }

    private MockHttpServletRequestBuilder video() {
        return get("/api/v1/exercises/{id}/video", exercise);
    }

    private MockHttpServletResponse call(TestAccount caller, MockHttpServletRequestBuilder request) throws Exception {
        if (caller != null) {
            request.with(authentication(data.authentication(caller)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
