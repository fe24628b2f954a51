package org.rehabit.catalog.domain;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * An uploaded picture drawn again, never stored as it came: its metadata (a phone's GPS position, the camera, the
 * author) is left behind, a phone's rotation is applied, and a picture larger than a card needs is scaled down. The
 * result is a JPEG, or a PNG where the picture has transparency (and the PNG is not too large to store).
 */
public final class PictureFile {

    /** Why a picture is refused, each with its own message. */
    public enum Refusal {
        /** Not a PNG, JPEG or WebP, or one that cannot be read. */
        NOT_PICTURE,
        /** Too small to show the movement. */
        TOO_SMALL,
        /** Wider, taller or with more pixels than a camera makes. */
        TOO_LARGE
    }

    public static final int MIN_SIDE = 120;
    public static final int MAX_SIDE = 10_000;
    /**
     * More pixels than a phone's photo has (48 MP sensors save 12 MP): a progressive JPEG is decoded whole in native
     * memory, whatever part of it is read.
     */
    public static final int MAX_MEGAPIXELS = 40;
    /** The longest side stored: sharp on a phone's screen at twice its density, and on a printed handout. */
    public static final int STORED_SIDE = 1600;

    /** The picture to store, or why it is refused. */
    public record Result(Optional<Encoded> encoded, Refusal refusal) {
    }

    public record Encoded(ImageType type, byte[] data) {
    }

    private PictureFile() {
    }

    public static Result reencode(byte[] upload) {
        if (ImageType.detect(upload).isEmpty()) {
            return refused(Refusal.NOT_PICTURE);
        }
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return refused(Refusal.NOT_PICTURE);
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < MIN_SIDE) {
                    return refused(Refusal.TOO_SMALL);
                }
                if (Math.max(width, height) > MAX_SIDE || (long) width * height > MAX_MEGAPIXELS * 1_000_000L) {
                    return refused(Refusal.TOO_LARGE);
                }
                // read at most about twice the stored size, so a huge picture never fills the memory
                var param = reader.getDefaultReadParam();
                var step = Math.max(1, Math.max(width, height) / STORED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                var picture = upright(reader.read(0, param), orientation(upload));
                return new Result(Optional.of(encode(scaled(picture))), null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return refused(Refusal.NOT_PICTURE);
        }
    }

    private static Result refused(Refusal refusal) {
        return new Result(Optional.empty(), refusal);
    }

    /** The EXIF orientation of a JPEG (1 is upright), which a phone writes instead of turning the pixels. */
    private static int orientation(byte[] upload) {
        if (ImageType.detect(upload).orElse(null) != ImageType.JPEG) {
            return 1;
        }
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            for (var segment : JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif")) {
                var data = segment.data();
                data.read(); // the padding byte after "Exif\0"
                var exif = new TIFFReader().read(ImageIO.createImageInputStream(data));
                var entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry != null && entry.getValue() instanceof Number value) {
                    return value.intValue();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // no usable orientation: keep the pixels as they are
        }
        return 1;
    }

    /** Turns and flips the pixels as the EXIF orientation (2 to 8) says. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        var quarterTurn = orientation >= 5;
        var t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            default -> t.setTransform(0, -1, 1, 0, 0, w);
        }
        var turned = new BufferedImage(quarterTurn ? h : w, quarterTurn ? w : h, typeFor(image));
        var g = turned.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return turned;
    }

    private static BufferedImage scaled(BufferedImage image) {
        var longest = Math.max(image.getWidth(), image.getHeight());
        var factor = Math.min(1.0, (double) STORED_SIDE / longest);
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        var out = new BufferedImage(w, h, typeFor(image));
        var g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static int typeFor(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }

    /** A PNG where the picture has transparency and the PNG fits the store, else a JPEG (on white). */
    private static Encoded encode(BufferedImage image) throws IOException {
        if (image.getColorModel().hasAlpha()) {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            if (out.size() <= ExerciseImage.MAX_BYTES) {
                return new Encoded(ImageType.PNG, out.toByteArray());
            }
            var opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = opaque.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
            return jpeg(opaque);
        }
        return jpeg(image);
    }

    private static Encoded jpeg(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Encoded(ImageType.JPEG, out.toByteArray());
    }
}
