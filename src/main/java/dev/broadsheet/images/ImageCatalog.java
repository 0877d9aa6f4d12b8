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
}
