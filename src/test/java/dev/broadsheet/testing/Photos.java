package dev.broadsheet.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Photo-like JPEGs for tests and the example site, drawn with Java2D, carrying the EXIF a phone
 * writes: camera, serial number, photographer, orientation and GPS position. Run as a program it
 * writes the example site's photo: {@code java -cp target/test-classes dev.broadsheet.testing.Photos FILE}.
 */
public final class Photos {

    /** Where the example photo says it was taken: the Diaoyutai state guesthouse, Beijing. */
    public static final double LATITUDE = 39.9289;
    public static final double LONGITUDE = 116.3086;

    private Photos() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[0]), jpeg(3600, 2400, 1, 20250903L));
    }

    /** A {@code width} × {@code height} JPEG of a drawn scene with GPS and camera EXIF, stored with EXIF {@code orientation}. */
    public static byte[] jpeg(int width, int height, int orientation, long seed) throws IOException {
        return jpeg(width, height, orientation, seed, 6);
    }

    /**
     * The same with sensor noise of standard deviation {@code grain} (0–255 levels): about 6 for a
     * small file, 14–18 to weigh what a real camera photo of a busy scene weighs once resized.
     */
    public static byte[] jpeg(int width, int height, int orientation, long seed, int grain) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(scene(width, height, seed, grain), "jpeg", encoded);
        return withExif(encoded.toByteArray(), exif(orientation));
    }

    /** A PNG with a text chunk naming the author and a time chunk, as editors write them. */
    public static byte[] pngWithText(int width, int height) throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(scene(width, height, 7, 6), "png", encoded);
        byte[] png = encoded.toByteArray();
        byte[] text = chunk("tEXt", "Author\0Mario Rossi, Via Roma 1".getBytes(StandardCharsets.ISO_8859_1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        out.write(text);
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        return chunk.array();
    }

    /** A sky, hills, a pavilion and trees, with grain, so that it compresses like a photo. */
    static BufferedImage scene(int width, int height, long seed, int grainLevels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x6d, 0x9e, 0xd6), 0, height * 0.6f, new Color(0xf2, 0xd9, 0xb0)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(seed);
        g.setColor(new Color(0x5b, 0x6e, 0x4a));
        int[] xs = new int[42];
        int[] ys = new int[42];
        for (int i = 0; i < 40; i++) {
            xs[i] = i * width / 39;
            ys[i] = (int) (height * (0.55 + 0.06 * Math.sin(i / 4.0 + seed % 7) + random.nextDouble() * 0.02));
        }
        xs[40] = width;
        ys[40] = height;
        xs[41] = 0;
        ys[41] = height;
        g.fillPolygon(xs, ys, 42);
        // the pavilion: red columns under a dark roof
        int baseY = (int) (height * 0.72);
        int left = width / 3;
        int right = width * 2 / 3;
        g.setColor(new Color(0x8c, 0x1c, 0x13));
        for (int x = left; x <= right; x += (right - left) / 8) {
            g.fillRect(x, baseY - height / 5, width / 90, height / 5);
        }
        g.setColor(new Color(0x2b, 0x2f, 0x36));
        g.fillPolygon(new int[] {left - width / 20, right + width / 20, right - width / 40, left + width / 40},
                new int[] {baseY - height / 5, baseY - height / 5, baseY - height / 5 - height / 14, baseY - height / 5 - height / 14}, 4);
        g.setColor(new Color(0xd8, 0xcf, 0xbf));
        g.fillRect(left - width / 30, baseY, right - left + width / 15, height / 40);
        for (int i = 0; i < 14; i++) {
            int x = random.nextInt(width);
            int r = height / 14 + random.nextInt(height / 12);
            g.setColor(new Color(0x2f + random.nextInt(30), 0x4f + random.nextInt(40), 0x2a + random.nextInt(20)));
            g.fillOval(x - r, baseY - r / 2, 2 * r, 2 * r);
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int grain = (int) (random.nextGaussian() * grainLevels);
                int rgb = row[x];
                row[x] = clamp((rgb >> 16 & 0xFF) + grain) << 16 | clamp((rgb >> 8 & 0xFF) + grain) << 8 | clamp((rgb & 0xFF) + grain);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** The JPEG {@code jpeg} with an APP1 EXIF segment holding {@code tiff} right after its start. */
    static byte[] withExif(byte[] jpeg, byte[] tiff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length + tiff.length + 16);
        out.write(jpeg, 0, 2);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(header, 0, header.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A big-endian TIFF block: IFD0 (make, model, orientation, artist, pointers), the EXIF IFD (serial number) and the GPS IFD. */
    static byte[] exif(int orientation) {
        Tiff tiff = new Tiff();
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 6 * 12 + 4;
        int gpsIfd = exifIfd + 2 + 12 + 4;
        int data = gpsIfd + 2 + 5 * 12 + 4;
        tiff.header();
        tiff.entries(6);
        data = tiff.ascii(0x010F, "Broadsheet Test Camera", data);
        data = tiff.ascii(0x0110, "BT-1", data);
        tiff.shortValue(0x0112, orientation);
        data = tiff.ascii(0x013B, "Mario Rossi", data);
        tiff.longValue(0x8769, exifIfd);
        tiff.longValue(0x8825, gpsIfd);
        tiff.end();
        tiff.entries(1);
        data = tiff.ascii(0xA431, "SN-4711-0815", data);
        tiff.end();
        tiff.entries(5);
        tiff.bytes4(0x0000, new byte[] {2, 3, 0, 0});
        data = tiff.ascii(0x0001, "N", data);
        data = tiff.rationals(0x0002, degrees(LATITUDE), data);
        data = tiff.ascii(0x0003, "E", data);
        tiff.rationals(0x0004, degrees(LONGITUDE), data);
        tiff.end();
        return tiff.bytes();
    }

    private static long[] degrees(double value) {
        int d = (int) value;
        double minutes = (value - d) * 60;
        int m = (int) minutes;
        long s = Math.round((minutes - m) * 60 * 1000);
        return new long[] {d, 1, m, 1, s, 1000};
    }

    /** Writes IFD entries in place and their values in a data area after the IFDs. */
    private static final class Tiff {
        private final ByteBuffer head = ByteBuffer.allocate(4096);
        private final ByteBuffer tail = ByteBuffer.allocate(4096);
        private int tailStart = -1;

        void header() {
            head.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        }

        void entries(int count) {
            head.putShort((short) count);
        }

        void end() {
            head.putInt(0);
        }

        int ascii(int tag, String text, int offset) {
            byte[] bytes = (text + "\0").getBytes(StandardCharsets.US_ASCII);
            head.putShort((short) tag).putShort((short) 2).putInt(bytes.length);
            if (bytes.length <= 4) {
                byte[] padded = java.util.Arrays.copyOf(bytes, 4);
                head.put(padded);
                return offset;
            }
            head.putInt(offset);
            at(offset).put(bytes);
            return offset + bytes.length + (bytes.length % 2);
        }

        void shortValue(int tag, int value) {
            head.putShort((short) tag).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0);
        }

        void longValue(int tag, int value) {
            head.putShort((short) tag).putShort((short) 4).putInt(1).putInt(value);
        }

        void bytes4(int tag, byte[] value) {
            head.putShort((short) tag).putShort((short) 1).putInt(4).put(value);
        }

        int rationals(int tag, long[] values, int offset) {
            head.putShort((short) tag).putShort((short) 5).putInt(values.length / 2).putInt(offset);
            ByteBuffer area = at(offset);
            for (long value : values) {
                area.putInt((int) value);
            }
            return offset + values.length * 4;
        }

        private ByteBuffer at(int offset) {
            if (tailStart < 0) {
                tailStart = offset;
            }
            tail.position(offset - tailStart);
            return tail;
        }

        byte[] bytes() {
            int headLength = head.position();
            byte[] out = new byte[Math.max(headLength, tailStart) + tail.capacity()];
            System.arraycopy(head.array(), 0, out, 0, headLength);
            System.arraycopy(tail.array(), 0, out, tailStart, tail.capacity());
            int end = out.length;
            while (end > tailStart && out[end - 1] == 0) {
                end--;
            }
            return java.util.Arrays.copyOf(out, end + 2);
        }
    }
}
