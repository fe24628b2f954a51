package org.rehabit.catalog.domain;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded video is, read from its container, never from its name: an MP4 (or a phone's QuickTime file)
 * holding H.264, or a WebM holding VP8, VP9 or AV1, and how long it lasts. Only the headers are read: the boxes of
 * an MP4 and the elements of a WebM up to its first cluster.
 */
public final class VideoFile {

    /** Why a file is refused, each with its own message. */
    public enum Refusal {
        /** Neither an MP4 nor a WebM, or one too damaged to read. */
        NOT_VIDEO,
        /** A video in a codec that not every browser plays (a phone's HEVC, say). */
        CODEC,
        /** A container that does not say how long it is (a browser's own recordings, often). */
        LENGTH_UNKNOWN
    }

    /** A file that passed: its type and its length. */
    public record Checked(VideoType type, Duration duration) {
    }

    /** The file, or why it is refused. */
    public record Result(Optional<Checked> checked, Refusal refusal) {

        static Result ok(VideoType type, Duration duration) {
            return new Result(Optional.of(new Checked(type, duration)), null);
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), refusal);
        }
    }

    private static final Set<String> H264 = Set.of("avc1", "avc3");
    private static final Set<String> MP4_CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "mvex");
    private static final Set<String> WEBM_VIDEO = Set.of("V_VP8", "V_VP9", "V_AV1");
    /** The header of an MP4 is kept in memory to be read; a two-minute clip's is well under a megabyte. */
    private static final int MAX_MOOV_BYTES = 16 * 1024 * 1024;
    /** Boxes within boxes: a real MP4 nests five deep; a crafted one could nest until the stack runs out. */
    private static final int MAX_DEPTH = 16;
    /** Elements read before giving up: a real file's headers have a few hundred; a crafted one, millions. */
    private static final int MAX_ELEMENTS = 10_000;

    private static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282L;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1L;
    private static final long DURATION = 0x4489L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAEL;
    private static final long CODEC_ID = 0x86L;
    private static final long CLUSTER = 0x1F43B675L;

    private VideoFile() {
    }

    public static Result check(Path file) {
        try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
            var start = read(channel, 0, 12);
            if (start.remaining() >= 8 && ascii(start, 4, 4).equals("ftyp")) {
                return mp4(channel);
            }
            if (start.remaining() >= 4 && Integer.toUnsignedLong(start.getInt(0)) == EBML) {
                return webm(channel);
            }
            return Result.refused(Refusal.NOT_VIDEO);
        } catch (IOException | RuntimeException damaged) {
            return Result.refused(Refusal.NOT_VIDEO);
        }
    }

    private static Result mp4(FileChannel channel) throws IOException {
        long position = 0;
        var size = channel.size();
        for (var read = 0; position + 8 <= size && read < MAX_ELEMENTS; read++) {
            var header = read(channel, position, 16);
            long boxSize = Integer.toUnsignedLong(header.getInt(0));
            var type = ascii(header, 4, 4);
            var headerBytes = 8;
            if (boxSize == 1) {
                boxSize = header.getLong(8);
                headerBytes = 16;
            } else if (boxSize == 0) {
                boxSize = size - position;
            }
            if (boxSize < headerBytes || position + boxSize > size) {
                return Result.refused(Refusal.NOT_VIDEO);
            }
            if (type.equals("moov")) {
                if (boxSize > MAX_MOOV_BYTES) {
                    return Result.refused(Refusal.NOT_VIDEO);
                }
                return movie(read(channel, position + headerBytes, (int) boxSize - headerBytes));
            }
            position += boxSize;
        }
        return Result.refused(Refusal.NOT_VIDEO);
    }

    /** The movie box: its length from {@code mvhd} (or {@code mehd} when fragmented), its codecs from {@code stsd}. */
    private static Result movie(ByteBuffer moov) {
        var found = new Mp4Header();
        boxes(moov, found, 0);
        if (found.sampleEntries.stream().noneMatch(H264::contains)) {
            return Result.refused(found.sampleEntries.isEmpty() ? Refusal.NOT_VIDEO : Refusal.CODEC);
        }
        var units = found.duration > 0 ? found.duration : found.fragmentDuration;
        if (found.timescale <= 0 || units <= 0) {
            return Result.refused(Refusal.LENGTH_UNKNOWN);
        }
        // a crafted length overflows here, and is refused as damaged
        return Result.ok(VideoType.MP4, Duration.ofMillis(Math.multiplyExact(units, 1000L) / found.timescale));
    }

    private static final class Mp4Header {
        long timescale;
        long duration;
        long fragmentDuration;
        final Set<String> sampleEntries = new HashSet<>();
    }

    private static void boxes(ByteBuffer in, Mp4Header found, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("boxes nested too deep");
        }
        while (in.remaining() >= 8) {
            var start = in.position();
            long size = Integer.toUnsignedLong(in.getInt());
            var type = ascii(in, in.position(), 4);
            in.position(in.position() + 4);
            if (size < 8 || size > in.limit() - start) {
                throw new IllegalArgumentException("box " + type + " overruns its parent");
            }
            var body = in.slice(in.position(), (int) size - 8);
            switch (type) {
                case "mvhd" -> {
                    var v1 = body.get(0) == 1;
                    found.timescale = Integer.toUnsignedLong(body.getInt(v1 ? 20 : 12));
                    found.duration = v1 ? body.getLong(24) : Integer.toUnsignedLong(body.getInt(16));
                }
                case "mehd" -> found.fragmentDuration = body.get(0) == 1 ? body.getLong(4)
                        : Integer.toUnsignedLong(body.getInt(4));
                case "stsd" -> sampleEntries(body, found);
                default -> {
                    if (MP4_CONTAINERS.contains(type)) {
                        boxes(body, found, depth + 1);
                    }
                }
            }
            in.position(start + (int) size);
        }
    }

    private static void sampleEntries(ByteBuffer stsd, Mp4Header found) {
        var count = stsd.getInt(4);
        var at = 8;
        for (var i = 0; i < count && at + 8 <= stsd.limit(); i++) {
            var size = stsd.getInt(at);
            found.sampleEntries.add(ascii(stsd, at + 4, 4));
            if (size < 8) {
                return;
            }
            at += size;
        }
    }

    private static Result webm(FileChannel channel) throws IOException {
        var in = new Ebml(channel);
        var header = in.element();
        if (header.id != EBML || !in.string(header, DOC_TYPE).equals("webm")) {
            return Result.refused(Refusal.NOT_VIDEO);
        }
        in.position = header.end;
        var segment = in.element();
        if (segment.id != SEGMENT) {
            return Result.refused(Refusal.NOT_VIDEO);
        }
        long scale = 1_000_000;
        double duration = 0;
        var codecs = new HashSet<String>();
        while (in.position < Math.min(segment.end, channel.size())) {
            var child = in.element();
            if (child.id == CLUSTER) {
                break;
            }
            if (child.id == INFO) {
                while (in.position < child.end) {
                    var field = in.element();
                    if (field.id == TIMECODE_SCALE) {
                        scale = in.unsigned(field);
                    } else if (field.id == DURATION) {
                        duration = in.floating(field);
                    }
                    in.position = field.end;
                }
            } else if (child.id == TRACKS) {
                while (in.position < child.end) {
                    var track = in.element();
                    if (track.id == TRACK_ENTRY) {
                        codecs.add(in.string(track, CODEC_ID));
                    }
                    in.position = track.end;
                }
            }
            in.position = child.end;
        }
        if (scale <= 0) {
            return Result.refused(Refusal.NOT_VIDEO);
        }
        if (codecs.stream().noneMatch(WEBM_VIDEO::contains)) {
            return Result.refused(codecs.isEmpty() ? Refusal.NOT_VIDEO : Refusal.CODEC);
        }
        if (!(duration > 0)) {
            return Result.refused(Refusal.LENGTH_UNKNOWN);
        }
        return Result.ok(VideoType.WEBM, Duration.ofNanos((long) (duration * scale)));
    }

    /** Reads EBML elements: an id and a size, each a variable-length integer, then the content. */
    private static final class Ebml {

        private final FileChannel channel;
        long position;
        private int elements;

        Ebml(FileChannel channel) {
            this.channel = channel;
        }

        record Element(long id, long start, long end) {
        }

        Element element() throws IOException {
            if (++elements > MAX_ELEMENTS) {
                throw new IllegalArgumentException("more elements than any real header has");
            }
            var id = varint(true);
            var size = varint(false);
            var start = position;
            return new Element(id, start, size < 0 ? Long.MAX_VALUE : start + size);
        }

        /** A variable-length integer; an id keeps its length marker, a size of all ones is "unknown" (-1). */
        private long varint(boolean keepMarker) throws IOException {
            var first = read(channel, position, 1).get(0) & 0xFF;
            var length = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || length > 8) {
                throw new IllegalArgumentException("not EBML");
            }
            var bytes = read(channel, position, length);
            position += length;
            long value = keepMarker ? first : first & (0xFF >> length);
            var allOnes = value == (0xFF >> length);
            for (var i = 1; i < length; i++) {
                var b = bytes.get(i) & 0xFF;
                allOnes &= b == 0xFF;
                value = (value << 8) | b;
            }
            return !keepMarker && allOnes ? -1 : value;
        }

        /** The string held by the first child with this id, or "" when there is none. */
        String string(Element parent, long id) throws IOException {
            position = parent.start;
            while (position < parent.end) {
                var child = element();
                if (child.id == id) {
                    var bytes = read(channel, child.start, (int) (child.end - child.start));
                    return StandardCharsets.US_ASCII.decode(bytes).toString().replace("\0", "");
                }
                position = child.end;
            }
            return "";
        }

        long unsigned(Element element) throws IOException {
            var bytes = read(channel, element.start, (int) (element.end - element.start));
            long value = 0;
            while (bytes.hasRemaining()) {
                value = (value << 8) | (bytes.get() & 0xFF);
            }
            return value;
        }

        double floating(Element element) throws IOException {
            var bytes = read(channel, element.start, (int) (element.end - element.start));
            return bytes.remaining() == 4 ? bytes.getFloat(0) : bytes.getDouble(0);
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        if (length < 0 || length > MAX_MOOV_BYTES) {
            throw new IllegalArgumentException("element too large");
        }
        var buffer = ByteBuffer.allocate((int) Math.min(length, Math.max(0, channel.size() - position)));
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // read until full or at the end of the file
        }
        return buffer.flip();
    }

    private static String ascii(ByteBuffer buffer, int from, int length) {
        var bytes = new byte[length];
        buffer.get(from, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
