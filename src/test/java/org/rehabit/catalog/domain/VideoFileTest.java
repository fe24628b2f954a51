package org.rehabit.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rehabit.catalog.TestPictures;
import org.rehabit.catalog.TestVideos;
import org.rehabit.catalog.domain.VideoFile.Refusal;

class VideoFileTest {

    @TempDir
    Path folder;

    @Test
    void an_h264_mp4_is_known_by_its_boxes_and_its_length_read_from_its_header() throws IOException {
        var checked = VideoFile.check(file("clip.bin", TestVideos.mp4("avc1", 95_500, 300_000)));

        assertThat(checked.checked()).hasValueSatisfying(video -> {
            assertThat(video.type()).isEqualTo(VideoType.MP4);
            assertThat(video.duration()).isEqualTo(Duration.ofMillis(95_500));
        });
    }

    @Test
    void a_webm_is_known_by_its_elements_and_its_length_read_from_its_header() throws IOException {
        var checked = VideoFile.check(file("clip.bin", TestVideos.webm("V_VP9", 61_250, 100_000)));

        assertThat(checked.checked()).hasValueSatisfying(video -> {
            assertThat(video.type()).isEqualTo(VideoType.WEBM);
            assertThat(video.duration()).isEqualTo(Duration.ofMillis(61_250));
        });
    }

    @Test
    void disguised_damaged_and_unplayable_files_are_refused_with_their_reason() throws IOException {
        assertThat(refusal("picture.mp4", TestPictures.png(300, 300))).isEqualTo(Refusal.NOT_VIDEO);
        assertThat(refusal("page.mp4", "<html><script>alert(1)</script>".getBytes())).isEqualTo(Refusal.NOT_VIDEO);
        assertThat(refusal("empty.mp4", new byte[0])).isEqualTo(Refusal.NOT_VIDEO);
        var mp4 = TestVideos.mp4("avc1", 10_000, 5_000);
        assertThat(refusal("cut.mp4", Arrays.copyOf(mp4, mp4.length - 20))).as("its header cut short")
                .isEqualTo(Refusal.NOT_VIDEO);
        assertThat(refusal("iphone.mov", TestVideos.mp4("hvc1", 10_000, 5_000))).isEqualTo(Refusal.CODEC);
        assertThat(refusal("sound.mp4", TestVideos.mp4("mp4a", 10_000, 5_000))).isEqualTo(Refusal.CODEC);
        assertThat(refusal("recorded.webm", TestVideos.webm("V_VP8", 0, 5_000))).isEqualTo(Refusal.LENGTH_UNKNOWN);
        assertThat(refusal("hevc.webm", TestVideos.webm("V_MPEGH/ISO/HEVC", 10_000, 5_000))).isEqualTo(Refusal.CODEC);
    }

    private Refusal refusal(String name, byte[] content) throws IOException {
        return VideoFile.check(file(name, content)).refusal();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
