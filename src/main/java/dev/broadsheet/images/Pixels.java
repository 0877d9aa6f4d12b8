package dev.broadsheet.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Reading, turning, resizing and writing a raster picture, with the JDK's ImageIO and Java2D. */
final class Pixels {

    /** Larger pictures are refused before decoding: they would take the memory of a whole build. */
    static final long MAX_PIXELS = 100_000_000L;
    /** Quality of the JPEGs Broadsheet writes: what photo sites serve, without visible loss at the sizes shown. */
    private static final float JPEG_QUALITY = 0.82f;

    private Pixels() {
    }

    /** {width, height} as stored, read from the header without decoding the picture. */
    static int[] storedSize(byte[] bytes, ImageKind kind) throws BrokenImageException {
        // Memory streams: ImageIO's default cache would write temporary files outside the site.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind == ImageKind.JPEG ? "jpeg" : kind.extension);
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BrokenImageException("it is not a readable " + kind.name() + " file (" + reason(e) + ")");
        }
    }

    /** The EXIF orientation (1 to 8; 1 when there is none or it cannot be read). */
    static int orientation(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException e) {
            // Unreadable metadata is no reason to refuse a picture that decodes: it is shown as stored.
        }
        return 1;
    }

    /** Whether an EXIF orientation turns the picture a quarter, so that width and height swap. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The picture decoded, in 8-bit RGB (with alpha when a PNG has it), turned upright. */
    static BufferedImage decode(byte[] bytes, ImageKind kind, int orientation) throws BrokenImageException {
        BufferedImage decoded;
        try {
            decoded = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))); // closes the stream
        } catch (IOException | RuntimeException e) {
            throw new BrokenImageException("it cannot be decoded (" + reason(e) + ")" + (kind == ImageKind.JPEG
                    ? "; CMYK JPEGs, as some print workflows save them, are not read: save it as an RGB JPEG" : ""));
        }
        if (decoded == null) {
            throw new BrokenImageException("it is not a " + kind.name() + " file ImageIO can read");
        }
        boolean alpha = kind == ImageKind.PNG && decoded.getColorModel().hasAlpha();
        return upright(normalized(decoded, alpha), orientation);
    }

    private static BufferedImage normalized(BufferedImage image, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D graphics = copy.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return copy;
    }

    /** The picture as EXIF {@code orientation} says it is meant to be seen. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] from = image.getRGB(0, 0, w, h, null, 0, w);
        boolean swap = swapsSides(orientation);
        int outWidth = swap ? h : w;
        int[] to = new int[from.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; }
                }
                to[dy * outWidth + dx] = from[y * w + x];
            }
        }
        BufferedImage turned = new BufferedImage(outWidth, swap ? w : h, image.getType());
        turned.setRGB(0, 0, outWidth, swap ? w : h, to, 0, outWidth);
        return turned;
    }

    /**
     * The picture scaled down to {@code width} × {@code height}: halved with bilinear filtering
     * while it is more than twice as large, then bicubic, so that fine detail does not alias.
     */
    static BufferedImage scaled(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = drawn(current, current.getWidth() / 2, current.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current.getWidth() == width && current.getHeight() == height ? current
                : drawn(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage drawn(BufferedImage image, int width, int height, Object interpolation) {
        BufferedImage out = new BufferedImage(width, height, image.getType());
        Graphics2D graphics = out.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.drawImage(image, 0, 0, width, height, null);
        graphics.dispose();
        return out;
    }

    /** The picture as a file of {@code kind}, with no metadata at all. */
    static byte[] encode(BufferedImage image, ImageKind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 4);
        ImageWriter writer = ImageIO.getImageWritersByFormatName(kind == ImageKind.JPEG ? "jpeg" : "png").next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (kind == ImageKind.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                ((JPEGImageWriteParam) param).setOptimizeHuffmanTables(true);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // written to memory: cannot happen
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
