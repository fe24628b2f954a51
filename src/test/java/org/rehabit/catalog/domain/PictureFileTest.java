package org.rehabit.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.rehabit.catalog.TestPictures;
import org.rehabit.catalog.domain.PictureFile.Refusal;

class PictureFileTest {

    @Test
    void a_phone_photo_is_turned_upright_and_loses_its_metadata() {
        var upload = TestPictures.jpegWithExif(400, 200, 6);

        var stored = PictureFile.reencode(upload).encoded().orElseThrow();

        assertThat(stored.type()).isEqualTo(ImageType.JPEG);
        var picture = TestPictures.read(stored.data());
        assertThat(picture.getWidth()).as("a quarter turn").isEqualTo(200);
        assertThat(picture.getHeight()).isEqualTo(400);
        assertThat(picture.getRGB(100, 20) & 0xFF).as("the dark half, on the left as taken, now on top")
                .isLessThan(60);
        assertThat(picture.getRGB(100, 380) & 0xFF).isGreaterThan(200);
        assertThat(contains(stored.data(), "Exif")).isFalse();
        assertThat(contains(stored.data(), "GPS 52.3676")).isFalse();
        assertThat(contains(upload, "GPS 52.3676")).as("the upload had it").isTrue();
    }

    @Test
    void a_webp_is_read_and_stored_as_a_jpeg_without_its_colour_profile() {
        var upload = TestPictures.webp();

        var stored = PictureFile.reencode(upload).encoded().orElseThrow();

        assertThat(stored.type()).isEqualTo(ImageType.JPEG);
        var picture = TestPictures.read(stored.data());
        assertThat(picture.getWidth()).isEqualTo(240);
        assertThat(picture.getHeight()).isEqualTo(180);
        assertThat(contains(upload, "ICCP")).isTrue();
        assertThat(contains(stored.data(), "ICC_PROFILE")).isFalse();
    }

    @Test
    void transparency_keeps_a_picture_a_png_and_a_large_one_is_scaled_down() {
        var stored = PictureFile.reencode(TestPictures.png(4000, 3000)).encoded().orElseThrow();

        assertThat(stored.type()).isEqualTo(ImageType.PNG);
        var picture = TestPictures.read(stored.data());
        assertThat(picture.getWidth()).isEqualTo(PictureFile.STORED_SIDE);
        assertThat(picture.getHeight()).isEqualTo(1200);
        assertThat(picture.getRGB(10, 10) >>> 24).as("still see-through").isZero();
    }

    @Test
    void a_see_through_picture_too_large_as_a_png_is_stored_as_a_jpeg_that_fits() {
        var stored = PictureFile.reencode(TestPictures.noisyPng(1600, 1200)).encoded().orElseThrow();

        assertThat(stored.type()).isEqualTo(ImageType.JPEG);
        assertThat(stored.data().length).isLessThanOrEqualTo(ExerciseImage.MAX_BYTES);
    }

    @Test
    void what_is_not_a_usable_picture_is_refused_with_its_reason() {
        var png = TestPictures.png(300, 300);

        assertThat(PictureFile.reencode("<svg onload=alert(1)>".getBytes()).refusal()).isEqualTo(Refusal.NOT_PICTURE);
        assertThat(PictureFile.reencode(Arrays.copyOf(png, 40)).refusal()).as("cut short")
                .isEqualTo(Refusal.NOT_PICTURE);
        assertThat(PictureFile.reencode(TestPictures.png(100, 300)).refusal()).isEqualTo(Refusal.TOO_SMALL);
        assertThat(PictureFile.reencode(TestPictures.jpeg(10_001, 200)).refusal()).isEqualTo(Refusal.TOO_LARGE);
        assertThat(PictureFile.reencode(TestPictures.pngHeader(8000, 6000)).refusal()).as("48 megapixels")
                .isEqualTo(Refusal.TOO_LARGE);
        assertThat(PictureFile.reencode(png).refusal()).isNull();
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }
}
