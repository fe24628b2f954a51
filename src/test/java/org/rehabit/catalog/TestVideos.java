package org.rehabit.catalog;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.jcodec.api.awt.AWTSequenceEncoder;

/**
 * Video files made byte by byte for tests: the headers a real MP4 or WebM has (what {@code VideoFile} reads), then
 * media data that no player needs to decode.
 */
public final class TestVideos {

    private TestVideos() {
    }

    /** An MP4 with one track of the given codec ("avc1" is H.264, "hvc1" HEVC), its header after its media data. */
    public static byte[] mp4(String codec, long durationMillis, int mediaBytes) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(box("ftyp", concat(ascii("isom"), int32(512), ascii("isomiso2avc1mp41"))));
        out.writeBytes(box("mdat", random(mediaBytes)));
        var mvhd = ByteBuffer.allocate(100);
        mvhd.putInt(0); // version 0, flags
        mvhd.putInt(0).putInt(0); // created, modified
        mvhd.putInt(1000).putInt((int) durationMillis); // timescale, duration
        var sampleEntry = box(codec, new byte[78]);
        var stsd = box("stsd", concat(int32(0), int32(1), sampleEntry));
        var trak = box("trak", box("mdia", box("minf", box("stbl", stsd))));
        out.writeBytes(box("moov", concat(box("mvhd", mvhd.array()), trak)));
        return out.toByteArray();
    }

    /** A WebM with one track of the given codec ("V_VP9", say) and a length (0 for none, as browsers record). */
    public static byte[] webm(String codec, double durationMillis, int mediaBytes) {
        var header = element(0x1A45DFA3, element(0x4282, ascii("webm")));
        var info = durationMillis > 0
                ? element(0x1549A966, concat(element(0x2AD7B1, new byte[] {0x0F, 0x42, 0x40}),
                        element(0x4489, ByteBuffer.allocate(8).putDouble(durationMillis).array())))
                : element(0x1549A966, element(0x2AD7B1, new byte[] {0x0F, 0x42, 0x40}));
        var tracks = element(0x1654AE6B, element(0xAE, element(0x86, ascii(codec))));
        var cluster = element(0x1F43B675, random(mediaBytes));
        var segment = concat(id(0x18538067), new byte[] {0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, info, tracks, cluster); // a size "unknown", as when recording
        return concat(header, segment);
    }

    /**
     * A real H.264 clip that browsers play and seek in: a clock counting the seconds and a ball swinging, over
     * coloured squares that change every frame (so the file has some size), encoded by jcodec.
     */
    public static Path playable(Path file, int seconds, int width, int height) throws IOException {
        var encoder = AWTSequenceEncoder.createSequenceEncoder(file.toFile(), FRAMES_PER_SECOND);
        var random = new Random(seconds);
        for (var frame = 0; frame < seconds * FRAMES_PER_SECOND; frame++) {
            var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            var g = image.createGraphics();
            g.setColor(new Color(30, 90, 140));
            g.fillRect(0, 0, width, height);
            for (var i = 0; i < 60; i++) {
                g.setColor(new Color(random.nextInt()));
                g.fillRect(random.nextInt(width), random.nextInt(height), 12, 12);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 6));
            var second = frame / FRAMES_PER_SECOND;
            g.drawString("%d:%02d".formatted(second / 60, second % 60), width / 3, height / 2);
            g.fillOval((int) (width / 2 + width / 3 * Math.sin(frame / 12.0)) - 20, height * 3 / 4, 40, 40);
            g.dispose();
            encoder.encodeImage(image);
        }
        encoder.finish();
        return file;
    }

    private static final int FRAMES_PER_SECOND = 25;

    private static byte[] box(String type, byte[] body) {
        return concat(int32(8 + body.length), ascii(type), body);
    }

    private static byte[] element(int id, byte[] body) {
        var size = ByteBuffer.allocate(8).putLong(0x0100000000000000L | body.length).array();
        return concat(id(id), size, body);
    }

    private static byte[] id(int id) {
        var bytes = ByteBuffer.allocate(4).putInt(id).array();
        var skip = 0;
        while (bytes[skip] == 0) {
            skip++;
        }
        var out = new byte[4 - skip];
        System.arraycopy(bytes, skip, out, 0, out.length);
        return out;
    }

    private static byte[] int32(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] random(int length) {
        var bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
