package dev.broadsheet.images;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A picture as the site publishes it: its size as shown (EXIF orientation applied) and the
 * smaller copies made of it, narrowest first.
 *
 * @param path its output path, such as {@code images/foto.jpg}
 * @param mediaType its media type, such as {@code image/jpeg}
 * @param width its width in pixels as shown; for an SVG, its intrinsic width
 * @param height its height in pixels as shown
 * @param variants the resized copies, narrowest first; none for an SVG, a GIF, or a picture narrower than the narrowest size
 */
public record ImageInfo(String path, String mediaType, int width, int height, List<Variant> variants) {

    /**
     * A resized copy of a picture.
     *
     * @param path its output path, such as {@code images/foto-800w.jpg}
     * @param width its width in pixels
     * @param height its height in pixels
     */
    public record Variant(String path, int width, int height) {
    }

    /** The widest picture a page offers a browser. */
    static final int MAX_SHOWN_WIDTH = 2400;

    public ImageInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(mediaType, "mediaType");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image has a size, got " + width + "x" + height + " for " + path);
        }
        variants = variants.stream().sorted(Comparator.comparingInt(Variant::width)).toList();
    }

    /** Whether it is drawn from a vector (SVG), which any width shows sharply. */
    public boolean isVector() {
        return mediaType.equals("image/svg+xml");
    }

    /**
     * The copies a browser may choose from for a {@code srcset}, narrowest first: the variants,
     * and the picture itself unless it is far wider than the widest (a camera's 4000 px original
     * weighs megabytes and no screen needs it).
     */
    public List<Variant> candidates() {
        List<Variant> all = new ArrayList<>(variants);
        if (variants.isEmpty() || width <= MAX_SHOWN_WIDTH) {
            all.add(new Variant(path, width, height));
        }
        return List.copyOf(all);
    }

    /** The narrowest copy at least {@code minimum} pixels wide, or the picture itself when none is. */
    public Variant atLeast(int minimum) {
        return candidates().stream().filter(c -> c.width() >= minimum).findFirst().orElse(new Variant(path, width, height));
    }

    /** The widest copy at most {@code maximum} pixels wide, or the narrowest when none is: what {@code src} names. */
    public Variant atMost(int maximum) {
        List<Variant> all = candidates();
        Variant chosen = all.get(0);
        for (Variant candidate : all) {
            if (candidate.width() <= maximum) {
                chosen = candidate;
            }
        }
        return chosen;
    }
}
