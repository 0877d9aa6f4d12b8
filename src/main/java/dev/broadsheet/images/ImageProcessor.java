package dev.broadsheet.images;

import com.dynatrace.hash4j.hashing.Hashing;
import dev.broadsheet.Problem;
import dev.broadsheet.content.StaticFile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a site's pictures: each JPEG and PNG without its metadata, upright, and resized to the
 * {@linkplain #WIDTHS widths} narrower than itself; each GIF and SVG as it is, with its size. What
 * it makes is kept in a folder by the digest of the picture's bytes, so a picture already made is
 * only read and hashed again, never decoded. Thread-safe: pictures may be processed in parallel.
 */
public final class ImageProcessor {

    /** The widths resized copies are made at: a phone, a tablet or a phone at 2×, a laptop, a wide screen at 2×. */
    public static final List<Integer> WIDTHS = List.of(480, 800, 1200, 1600);
    /** Changes whenever what is made of a picture does, so that an old folder's files are not taken for new ones. */
    private static final String VERSION = "1";

    private final Path folder;

    /** @param folder where made files are kept between builds (created when missing) */
    public ImageProcessor(Path folder) {
        this.folder = folder;
    }

    /**
     * What the site publishes for one file of {@code content/static/} or {@code templates/static/}.
     *
     * @param info its size and copies; empty for a file that is not a picture, or one that is broken
     * @param published the files the site gets for it: the file itself (stripped of metadata) and its copies
     * @param problem why a picture cannot be published
     * @param key the name its made files are kept under in the folder; empty for a file copied as it is
     */
    public record Processed(Optional<ImageInfo> info, List<StaticFile> published, Optional<Problem> problem, Optional<String> key) {
    }

    /** Whether {@code file} is a picture this processor reads. */
    public static boolean reads(StaticFile file) {
        return ImageKind.of(file.outputPath()).isPresent();
    }

    public Processed process(StaticFile file) {
        Optional<ImageKind> kind = ImageKind.of(file.outputPath());
        if (kind.isEmpty()) {
            return new Processed(Optional.empty(), List.of(file), Optional.empty(), Optional.empty());
        }
        try {
            byte[] bytes = Files.readAllBytes(file.file());
            return kind.get().resized ? raster(file, kind.get(), bytes) : sizedOnly(file, kind.get(), bytes);
        } catch (BrokenImageException e) {
            return new Processed(Optional.empty(), List.of(), Optional.of(Problem.of(file.origin(), "this picture cannot be published: "
                    + e.getMessage() + ". Replace the file with a working JPEG, PNG, GIF or SVG, or remove it")), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.file() + ": " + e.getMessage(), e);
        }
    }

    private Processed sizedOnly(StaticFile file, ImageKind kind, byte[] bytes) throws BrokenImageException {
        int[] size = kind == ImageKind.SVG ? SvgSize.of(bytes) : Pixels.storedSize(bytes, kind);
        if (size.length == 0) {
            return new Processed(Optional.empty(), List.of(file), Optional.empty(), Optional.empty()); // an SVG that sizes itself to its box
        }
        ImageInfo info = new ImageInfo(file.outputPath(), kind.mediaType, size[0], size[1], List.of());
        return new Processed(Optional.of(info), List.of(file), Optional.empty(), Optional.empty());
    }

    private Processed raster(StaticFile file, ImageKind kind, byte[] bytes) throws BrokenImageException, IOException {
        com.dynatrace.hash4j.hashing.HashValue128 digest = Hashing.xxh3_128().hashBytesTo128Bits(bytes);
        String key = "v" + VERSION + "-" + String.format("%016x%016x", digest.getMostSignificantBits(), digest.getLeastSignificantBits());
        Path info = folder.resolve(key + ".size");
        int[] size = Files.isRegularFile(info) ? readSize(info) : new int[0];
        List<Integer> widths = size.length == 2 ? widthsBelow(size[0]) : List.of();
        if (size.length != 2 || !allMade(key, kind, widths)) {
            size = make(key, kind, bytes);
            widths = widthsBelow(size[0]);
        }
        List<StaticFile> published = new ArrayList<>();
        published.add(new StaticFile(file.outputPath(), madeFile(key, kind, 0), file.origin()));
        List<ImageInfo.Variant> variants = new ArrayList<>();
        for (int width : widths) {
            String path = variantPath(file.outputPath(), width);
            variants.add(new ImageInfo.Variant(path, width, heightAt(size, width)));
            published.add(new StaticFile(path, madeFile(key, kind, width), file.origin()));
        }
        return new Processed(Optional.of(new ImageInfo(file.outputPath(), kind.mediaType, size[0], size[1], variants)),
                published, Optional.empty(), Optional.of(key));
    }

    /** Makes the picture's files under {@code key}; returns its size as shown. */
    private int[] make(String key, ImageKind kind, byte[] bytes) throws BrokenImageException, IOException {
        int[] stored = Pixels.storedSize(bytes, kind);
        if ((long) stored[0] * stored[1] > Pixels.MAX_PIXELS) {
            throw new BrokenImageException("it is " + stored[0] + "×" + stored[1] + " pixels, more than "
                    + Pixels.MAX_PIXELS / 1_000_000 + " megapixels: save a smaller copy");
        }
        int orientation = kind == ImageKind.JPEG ? Pixels.orientation(bytes) : 1;
        BufferedImage image = Pixels.decode(bytes, kind, orientation);
        // Upright pictures keep their own compressed data, only their metadata removed; a turned one must be encoded anew.
        byte[] original = orientation > 1 ? Pixels.encode(image, kind)
                : kind == ImageKind.JPEG ? MetadataStripper.jpeg(bytes) : MetadataStripper.png(bytes);
        Files.createDirectories(folder);
        writeAtomically(madeFile(key, kind, 0), original);
        BufferedImage larger = image;
        List<Integer> widths = widthsBelow(image.getWidth());
        int[] size = {image.getWidth(), image.getHeight()};
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            larger = Pixels.scaled(larger, width, heightAt(size, width));
            writeAtomically(madeFile(key, kind, width), Pixels.encode(larger, kind));
        }
        writeAtomically(folder.resolve(key + ".size"), (size[0] + " " + size[1] + "\n").getBytes(StandardCharsets.US_ASCII));
        return size;
    }

    private boolean allMade(String key, ImageKind kind, List<Integer> widths) {
        if (!Files.isRegularFile(madeFile(key, kind, 0))) {
            return false;
        }
        return widths.stream().allMatch(width -> Files.isRegularFile(madeFile(key, kind, width)));
    }

    private static int[] readSize(Path file) throws IOException {
        String[] parts = Files.readString(file, StandardCharsets.US_ASCII).strip().split(" ");
        try {
            return parts.length == 2 ? new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])} : new int[0];
        } catch (NumberFormatException e) {
            return new int[0]; // damaged: made again
        }
    }

    /** The file kept for the picture under {@code key} at {@code width} (0: the picture itself). */
    private Path madeFile(String key, ImageKind kind, int width) {
        return folder.resolve(width == 0 ? key + "." + kind.extension : key + "-" + width + "." + kind.extension);
    }

    static List<Integer> widthsBelow(int width) {
        return WIDTHS.stream().filter(w -> w < width).toList();
    }

    private static int heightAt(int[] size, int width) {
        return Math.max(1, (int) Math.round((double) size[1] * width / size[0]));
    }

    /** {@code images/foto.jpg} at 800 px: {@code images/foto-800w.jpg}. */
    static String variantPath(String path, int width) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "-" + width + "w" + path.substring(dot);
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + "." + Thread.currentThread().getId() + ".part");
        Files.write(part, bytes);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes what the folder keeps for pictures other than {@code keys}, so that it holds only what the site uses. */
    public void keepOnly(java.util.Set<String> keys) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dash = name.indexOf('-');
                // Made files are named v<version>-<32 hex digits of the digest>, then a width or an extension.
                if (name.startsWith("v") && dash > 0 && !keys.contains(name.substring(0, Math.min(name.length(), dash + 33)))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // a cache that cannot be tidied is still a working cache
        }
    }

    /** Deletes the folder with what it keeps; leaves it when it holds files of anyone else. */
    public void removeFolder() {
        keepOnly(java.util.Set.of());
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // not empty: someone else's files are there, and stay
        }
    }
}
