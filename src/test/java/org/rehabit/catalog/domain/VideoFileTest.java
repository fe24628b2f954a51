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

    @Test
    void crafted_headers_are_refused_not_obeyed() throws IOException {
        // a hundred thousand boxes within boxes: parsed naively, the stack runs out
        var nested = new java.io.ByteArrayOutputStream();
        var depth = 100_000;
        nested.writeBytes(new byte[] {0, 0, 0, 16, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0});
        var moov = java.nio.ByteBuffer.allocate(8 * depth);
        for (var i = 0; i < depth; i++) {
            moov.putInt(8 * (depth - i))
                    .put((i == 0 ? "moov" : "trak").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        nested.writeBytes(moov.array());
        assertThat(refusal("nested.mp4", nested.toByteArray())).isEqualTo(Refusal.NOT_VIDEO);
        // a length so large that it overflows when turned into milliseconds
        var huge = TestVideos.mp4("avc1", 10_000, 100);
        var at = indexOf(huge, "mvhd") + 4;
        java.nio.ByteBuffer.wrap(huge).putInt(at + 12, 1).putInt(at + 16, -1);
        assertThat(VideoFile.check(file("long.mp4", huge)).checked()).hasValueSatisfying(video -> assertThat(
                video.duration()).as("read as unsigned: days, refused by the length limit")
                .isGreaterThan(Duration.ofDays(1)));
    }

    private static int indexOf(byte[] data, String text) {
        return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private Refusal refusal(String name, byte[] content) throws IOException {
        return VideoFile.check(file(name, content)).refusal();
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
