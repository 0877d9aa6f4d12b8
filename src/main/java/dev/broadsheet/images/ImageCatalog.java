package dev.broadsheet.images;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every picture of the site that Broadsheet knows the size of, by output path ({@code images/foto.jpg}). */
public record ImageCatalog(Map<String, ImageInfo> byPath) {

    public static final ImageCatalog EMPTY = new ImageCatalog(Map.of());

    public ImageCatalog {
        byPath = Map.copyOf(byPath);
    }

    public static ImageCatalog of(Iterable<ImageInfo> images) {
        Map<String, ImageInfo> byPath = new TreeMap<>();
        images.forEach(image -> byPath.put(image.path(), image));
        return new ImageCatalog(byPath);
    }

    public Optional<ImageInfo> find(String outputPath) {
        return Optional.ofNullable(byPath.get(outputPath));
    }

    /** The picture a Markdown or front-matter destination written from the site root ({@code /images/x.jpg?v=2}) names. */
    public Optional<ImageInfo> findShown(String destination) {
        return outputPathOf(destination).flatMap(this::find);
    }

    /**
     * {@code /images/x.jpg?v=2} → {@code images/x.jpg}, percent-decoded as the link check and the
     * dev server read it ({@code /images/foto%20uno.jpg} is {@code images/foto uno.jpg}); empty for
     * anything not written from the site's root.
     */
    public static Optional<String> outputPathOf(String destination) {
        if (!destination.startsWith("/") || destination.startsWith("//")) {
            return Optional.empty();
        }
        String path = destination.substring(1);
        int cut = path.indexOf('?') >= 0 ? path.indexOf('?') : path.indexOf('#');
        String file = cut >= 0 ? path.substring(0, cut) : path;
        return Optional.of(dev.broadsheet.PercentDecoding.decode(file).orElse(file));
    }
}
