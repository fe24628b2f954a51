package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabit.IntegrationTest;
import org.rehabit.TestData;
import org.rehabit.TestData.TestAccount;
import org.rehabit.adherence.TestRoutines;
import org.rehabit.base.service.InvalidInputException;
import org.rehabit.base.service.Problem;
import org.rehabit.base.service.RecordNotFoundException;
import org.rehabit.catalog.domain.ExerciseVideoRepository;
import org.rehabit.catalog.domain.VideoType;
import org.rehabit.catalog.service.CatalogService;
import org.rehabit.catalog.service.ExerciseVideos;
import org.rehabit.catalog.service.VideoField;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ExerciseVideosTest {

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

    TestAccount therapist;
    long exercise;

    @BeforeEach
    void a_clinic_exercise() {
        therapist = data.therapist();
        data.signIn(therapist);
        exercise = catalog.create(CatalogServiceTest.wallPress("Wall press with video " + therapist.id()), null);
    }

    @AfterEach
    void remove_it() {
        jdbc.update("delete from exercise_video where exercise_id = ?", exercise);
    }

    @Test
    void a_therapist_uploads_a_clip_and_any_part_of_it_comes_back_byte_for_byte() throws IOException {
        var clip = TestVideos.mp4("avc1", 95_000, 3 * ExerciseVideoRepository.CHUNK_BYTES + 1234);

        videos.upload(exercise, file("clip.mp4", clip));

        var video = videos.video(exercise).orElseThrow();
        assertThat(video.type()).isEqualTo(VideoType.MP4);
        assertThat(video.size()).isEqualTo(clip.length);
        assertThat(video.duration()).isEqualTo(Duration.ofSeconds(95));
        assertThat(jdbc.queryForObject("select count(*) from exercise_video_chunk where video_id = ?", Long.class,
                video.id())).isEqualTo(4);
        assertThat(catalog.get(exercise).hasVideo()).isTrue();
        // across a chunk's edge, the very end, the very start
        var edge = ExerciseVideoRepository.CHUNK_BYTES;
        assertThat(copy(video, edge - 10, edge + 9)).isEqualTo(Arrays.copyOfRange(clip, edge - 10, edge + 10));
        assertThat(copy(video, clip.length - 5, clip.length - 1))
                .isEqualTo(Arrays.copyOfRange(clip, clip.length - 5, clip.length));
        assertThat(copy(video, 0, clip.length - 1)).isEqualTo(clip);
    }

    @Test
    void a_new_upload_replaces_the_clip_its_poster_and_captions() throws IOException {
        videos.upload(exercise, file("first.mp4", TestVideos.mp4("avc1", 10_000, 1000)));
        var first = videos.video(exercise).orElseThrow();
        videos.setPoster(exercise, TestPictures.png(640, 360));
        videos.setCaptions(exercise, "\uFEFFWEBVTT\n\n00:00.000 --> 00:04.000\nSit tall.\n".getBytes());
        assertThat(videos.video(exercise).orElseThrow().hasPoster()).isTrue();
        assertThat(videos.captions(exercise)).hasValue("WEBVTT\n\n00:00.000 --> 00:04.000\nSit tall.\n");

        videos.upload(exercise, file("second.webm", TestVideos.webm("V_VP9", 20_000, 2000)));

        var second = videos.video(exercise).orElseThrow();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.type()).isEqualTo(VideoType.WEBM);
        assertThat(second.hasPoster()).isFalse();
        assertThat(second.hasCaptions()).isFalse();
        assertThat(videos.copy(first, 0, 10, new ByteArrayOutputStream())).as("a player of the old one stops")
                .isFalse();
        assertThat(jdbc.queryForObject("select count(*) from exercise_video_chunk where video_id = ?", Long.class,
                first.id())).isZero();
    }

    @Test
    void a_refused_upload_says_why_and_keeps_the_clip_there_was() throws IOException {
        videos.upload(exercise, file("good.mp4", TestVideos.mp4("avc1", 10_000, 1000)));
        var kept = videos.video(exercise).orElseThrow();
        var tooLarge = folder.resolve("large.mp4");
        try (var out = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            out.write(TestVideos.mp4("avc1", 10_000, 100));
            out.setLength(50L * 1024 * 1024 + 1);
        }

        assertRefused(file("picture.mp4", TestPictures.png(300, 300)), Problem.of("validation.video.type"));
        assertRefused(file("iphone.mov", TestVideos.mp4("hvc1", 10_000, 1000)), Problem.of("validation.video.codec"));
        assertRefused(file("long.mp4", TestVideos.mp4("avc1", 120_001, 1000)),
                Problem.of("validation.video.length", 120L));
        assertRefused(file("recorded.webm", TestVideos.webm("V_VP8", 0, 1000)),
                Problem.of("validation.video.length-unknown"));
        assertRefused(tooLarge, Problem.of("validation.video.size", 50L));
        assertRefused(file("empty.mp4", new byte[0]), Problem.of("validation.video.size", 50L));

        assertThat(videos.video(exercise)).hasValue(kept);
        assertThatThrownBy(() -> videos.setCaptions(exercise, "1\n00:00:00,000 --> 00:00:04,000\nSRT".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(VideoField.CAPTIONS, Problem.of("validation.video.captions")));
        assertThatThrownBy(() -> videos.setPoster(exercise, "<svg/>".getBytes()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry(VideoField.POSTER, Problem.of("validation.catalog.image-type")));
    }

    @Test
    void only_a_patient_given_the_exercise_sees_its_video_and_nobody_but_staff_changes_it() throws IOException {
        videos.upload(exercise, file("clip.mp4", TestVideos.mp4("avc1", 10_000, 1000)));
        var clip = file("again.mp4", TestVideos.mp4("avc1", 10_000, 1000));
        var patient = data.patientOf(therapist);
        var stranger = data.patientOf(data.therapist());
        data.routine(patient, TestRoutines.only(exercise, LocalDate.now(clock)));

        data.signIn(patient);
        assertThat(videos.video(exercise)).isPresent();
        assertThatThrownBy(() -> videos.upload(exercise, clip)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> videos.remove(exercise)).isInstanceOf(AccessDeniedException.class);
        data.signIn(stranger);
        assertThatThrownBy(() -> videos.video(exercise)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> videos.poster(exercise)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> videos.captions(exercise)).isInstanceOf(RecordNotFoundException.class);

        data.signIn(therapist);
        var seeded = jdbc.queryForObject("select id from exercise where name = 'Neck tilt'", Long.class);
        assertThatThrownBy(() -> videos.upload(seeded, clip)).as("the seeded catalog is the admins'")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> videos.video(987_654L)).isInstanceOf(RecordNotFoundException.class);
        videos.remove(exercise);
        assertThat(videos.video(exercise)).isEmpty();
    }

    private void assertRefused(Path file, Problem problem) {
        assertThatThrownBy(() -> videos.upload(exercise, file)).as(file.getFileName().toString())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry(VideoField.VIDEO, problem));
    }

    private byte[] copy(ExerciseVideoRepository.StoredVideo video, long first, long last) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(videos.copy(video, first, last, out)).isTrue();
        return out.toByteArray();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
