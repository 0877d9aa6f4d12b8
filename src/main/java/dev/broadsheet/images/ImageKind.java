package dev.broadsheet.images;

import java.util.Locale;
import java.util.Optional;

/** The picture formats Broadsheet reads, known by file name. */
enum ImageKind {
    /** Resized, stripped of metadata, EXIF orientation applied. */
    JPEG("image/jpeg", "jpg", true),
    /** Resized, stripped of text and EXIF chunks. */
    PNG("image/png", "png", true),
    /** Sized only: resizing would lose its animation. */
    GIF("image/gif", "gif", false),
    /** Sized from its {@code width}, {@code height} or {@code viewBox}; never resized. */
    SVG("image/svg+xml", "svg", false);

    final String mediaType;
    final String extension;
    final boolean resized;

    ImageKind(String mediaType, String extension, boolean resized) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.resized = resized;
    }

    static Optional<ImageKind> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        if (name.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (name.endsWith(".gif")) {
            return Optional.of(GIF);
        }
        return name.endsWith(".svg") ? Optional.of(SVG) : Optional.empty();
    }
}
