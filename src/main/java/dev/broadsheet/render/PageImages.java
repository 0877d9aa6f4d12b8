package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.images.ImageInfo;
import dev.broadsheet.markdown.LinkRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pictures a page shows, as its job holds them: their sizes and copies (so that a picture
 * replaced by one of another size renders its pages again), and the one social cards show.
 */
final class PageImages {

    /** Social cards want a picture at least this wide. */
    static final int SHARE_WIDTH = 1200;

    /**
     * The picture that shares a page: a copy at least 1200 px wide where there is one.
     *
     * @param path where it is from the site's root ({@code /images/foto-1200w.jpg}), or another site's URL
     * @param width its width in pixels, or 0 when not known (another site's picture)
     * @param height its height in pixels, or 0
     * @param alt what it shows
     * @param caption its caption, or empty
     * @param credit who took or owns it, or empty
     */
    record ShareImage(String path, int width, int height, String alt, String caption, String credit) {
    }

    private PageImages() {
    }

    /** The site's pictures an article or page shows, lead image first. */
    static List<ImageInfo> shown(ImageCatalog catalog, String lead, List<LinkRef> links) {
        List<ImageInfo> shown = new ArrayList<>();
        catalog.findShown(lead).ifPresent(shown::add);
        for (LinkRef link : links) {
            if (link.image()) {
                catalog.findShown(link.destination()).filter(info -> !shown.contains(info)).ifPresent(shown::add);
            }
        }
        return List.copyOf(shown);
    }

    /** What shares {@code article}: its lead image unless it is a vector, else the site's share image. */
    static Optional<ShareImage> of(Article article, ImageCatalog catalog, Optional<ShareImage> siteWide) {
        String image = article.image();
        if (image.isEmpty()) {
            return siteWide;
        }
        if (image.startsWith("http://") || image.startsWith("https://")) {
            return Optional.of(new ShareImage(image, 0, 0, article.imageAlt(), article.imageCaption(), article.imageCredit()));
        }
        Optional<ImageInfo> info = catalog.findShown(image);
        if (info.isPresent() && info.get().isVector()) {
            return siteWide; // social cards do not show SVG
        }
        return Optional.of(info.map(found -> share(found, article.imageAlt(), article.imageCaption(), article.imageCredit()))
                .orElse(new ShareImage(image, 0, 0, article.imageAlt(), article.imageCaption(), article.imageCredit())));
    }

    /** The site's share image of {@code site.yaml}, if it names one. */
    static Optional<ShareImage> siteWide(String path, String siteTitle, ImageCatalog catalog) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(catalog.findShown(path).map(info -> share(info, siteTitle, "", "")).orElse(new ShareImage(path, 0, 0, siteTitle, "", "")));
    }

    private static ShareImage share(ImageInfo info, String alt, String caption, String credit) {
        ImageInfo.Variant copy = info.atLeast(SHARE_WIDTH);
        return new ShareImage("/" + copy.path(), copy.width(), copy.height(), alt, caption, credit);
    }
}
