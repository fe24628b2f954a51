package org.rehabit.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The picture formats the catalog accepts, recognised by their first bytes, never by the file name. */
public enum ImageType {
    PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String contentType;

    ImageType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<ImageType> detect(byte[] data) {
        if (startsWith(data, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(data, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (data.length >= 12 && ascii(data, 0, 4).equals("RIFF") && ascii(data, 8, 12).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] data, int from, int to) {
        return new String(data, from, to - from, StandardCharsets.US_ASCII);
    }
}
