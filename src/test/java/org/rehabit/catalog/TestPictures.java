package org.rehabit.catalog;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/** Real pictures for tests, drawn here: the catalog reads and draws every upload again. */
public final class TestPictures {

    private TestPictures() {
    }

    /** A PNG with a see-through corner (so it stays a PNG when stored). */
    public static byte[] png(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setComposite(java.awt.AlphaComposite.Clear);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return write(image, "png");
    }

    /** A PNG of random see-through pixels: it does not compress, so drawn again it is larger than its limit. */
    public static byte[] noisyPng(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var random = new java.util.Random(width);
        for (var y = 0; y < height; y++) {
            for (var x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return write(image, "png");
    }

    /** Only the start of a PNG, saying how large it is: all a reader needs to refuse it. */
    public static byte[] pngHeader(int width, int height) {
        var ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var crc = new java.util.zip.CRC32();
        crc.update(ihdr);
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr).putInt((int) crc.getValue()).array();
    }

    /** A JPEG whose left half is dark and right half light, as a camera that holds it sideways writes it. */
    public static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return write(image, "jpeg");
    }

    /**
     * The JPEG with an EXIF block saying how to turn it (6: a quarter turn clockwise, as a phone held upright
     * writes) and where it was taken, as a phone writes both.
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        var plain = jpeg(width, height);
        var gps = "GPS 52.3676 N 4.9041 E".getBytes(StandardCharsets.US_ASCII);
        var tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + gps.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        // ImageDescription (ASCII), standing in for where and by whom it was taken
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(gps.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putInt(0);
        tiff.put(gps);
        var exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        var out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** A WebP a browser drew (240 by 180, with a colour profile): nothing in Java writes WebP. */
    public static byte[] webp() {
        try (var in = TestPictures.class.getResourceAsStream("/pictures/figure-240x180.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage read(byte[] data) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
