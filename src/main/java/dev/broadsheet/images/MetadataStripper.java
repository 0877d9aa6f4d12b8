package dev.broadsheet.images;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Removes what a picture says about where, when and with what it was taken, without touching its
 * pixels: a reporter's photo must not tell where they stood. A JPEG keeps only the segments that
 * decoding needs (JFIF, the colour profile, Adobe's colour transform); a PNG only the chunks
 * that do.
 */
final class MetadataStripper {

    /** PNG chunks that draw the picture; text, EXIF and time chunks are left out. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "bKGD", "hIST", "acTL", "fcTL", "fdAT");

    private MetadataStripper() {
    }

    /** The JPEG {@code bytes} without EXIF, XMP, IPTC, comments and thumbnails. */
    static byte[] jpeg(byte[] bytes) throws BrokenImageException {
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) {
            throw new BrokenImageException("it does not start as a JPEG file does");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 2);
        int at = 2;
        while (at + 4 <= bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                throw new BrokenImageException("a JPEG segment is damaged at byte " + at);
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                out.write(bytes, at, bytes.length - at); // the compressed picture, then the end: as they are
                return out.toByteArray();
            }
            int length = ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            if (length < 2 || at + 2 + length > bytes.length) {
                throw new BrokenImageException("a JPEG segment is cut short at byte " + at);
            }
            if (keeps(marker, bytes, at + 4, length - 2)) {
                out.write(bytes, at, 2 + length);
            }
            at += 2 + length;
        }
        throw new BrokenImageException("the JPEG file ends before its picture data");
    }

    private static boolean keeps(int marker, byte[] bytes, int start, int length) {
        if (marker == 0xE0) {
            return startsWith(bytes, start, length, "JFIF\0"); // not JFXX, which holds a thumbnail
        }
        if (marker == 0xE2) {
            return startsWith(bytes, start, length, "ICC_PROFILE\0");
        }
        if (marker == 0xEE) {
            return startsWith(bytes, start, length, "Adobe");
        }
        return marker < 0xE0 || marker > 0xEF && marker != 0xFE;
    }

    private static boolean startsWith(byte[] bytes, int start, int length, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[start + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** The PNG {@code bytes} with only the chunks that draw it. */
    static byte[] png(byte[] bytes) throws BrokenImageException {
        if (bytes.length < 8 || (bytes[0] & 0xFF) != 0x89 || bytes[1] != 'P' || bytes[2] != 'N' || bytes[3] != 'G') {
            throw new BrokenImageException("it does not start as a PNG file does");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        out.write(bytes, 0, 8);
        int at = 8;
        while (at + 12 <= bytes.length) {
            long length = ((bytes[at] & 0xFFL) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8) | (bytes[at + 3] & 0xFF);
            if (at + 12 + length > bytes.length) {
                throw new BrokenImageException("a PNG chunk is cut short at byte " + at);
            }
            String type = new String(bytes, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (PNG_KEPT.contains(type)) {
                out.write(bytes, at, (int) (12 + length));
            }
            at += (int) (12 + length);
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new BrokenImageException("the PNG file ends before its last chunk");
    }
}
