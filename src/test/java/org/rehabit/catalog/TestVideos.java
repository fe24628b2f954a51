package org.rehabit.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

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
