package dev.broadsheet.html;

import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.images.ImageInfo;
import dev.broadsheet.render.Output;
import dev.broadsheet.site.Urls;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every picture of a page what a browser needs to show it without the page jumping and
 * without loading more than the screen needs: its real {@code width} and {@code height}, a
 * {@code srcset} of its resized copies with {@code sizes}, and {@code loading="lazy"} with
 * {@code decoding="async"} — except the picture a template marks {@code fetchpriority="high"}
 * (the lead image), which the browser should fetch first.
 */
public final class ResponsiveImages implements HtmlStep {

    /**
     * How wide a picture of the article column is shown: the column ({@code --measure}, 42rem)
     * on a wide screen, the screen less its margins on a phone. A screen of three or more device
     * pixels per CSS pixel is given copies for two: on a phone the eye cannot tell them apart, and
     * they weigh half as much. A template may give its own.
     */
    static final String COLUMN_SIZES = "(min-resolution: 2.5dppx) calc((100vw - 2.5rem) * 0.67), (min-width: 44.5rem) 42rem, calc(100vw - 2.5rem)";
    /** The width {@code src} names for a browser that ignores {@code srcset}. */
    private static final int FALLBACK_WIDTH = 1200;

    private final ImageCatalog catalog;
    private final Urls urls;

    public ResponsiveImages(ImageCatalog catalog, Urls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    @Override
    public boolean appliesTo(Output page) {
        return page.content().contains("<img");
    }

    @Override
    public void apply(Document document, Output page) {
        for (Element img : document.select("img[src]")) {
            boolean lead = img.attr("fetchpriority").equals("high");
            if (!lead && !img.hasAttr("loading")) {
                img.attr("loading", "lazy");
            }
            if (!lead && !img.hasAttr("decoding")) {
                img.attr("decoding", "async");
            }
            find(page.path(), img.attr("src")).ifPresent(info -> size(img, info, page.path()));
            if (!img.hasAttr("srcset")) {
                img.removeAttr("sizes"); // a template's sizes means nothing without copies to choose from
            }
        }
    }

    /** The picture {@code src} names from the page at {@code pagePath}, if it is one of the site's. */
    private Optional<ImageInfo> find(String pagePath, String src) {
        if (src.startsWith("//") || dev.broadsheet.SafeUrls.hasScheme(src)) {
            return Optional.empty();
        }
        return LinkChecker.resolve(pagePath, src).flatMap(catalog::find);
    }

    private void size(Element img, ImageInfo info, String pagePath) {
        int width = img.hasAttr("width") ? parse(img.attr("width")) : 0;
        int height = img.hasAttr("height") ? parse(img.attr("height")) : 0;
        // The writer's own width or height is kept, and the other one follows the picture's shape.
        if (width > 0 && height <= 0) {
            height = (int) Math.round((double) width * info.height() / info.width());
        } else if (height > 0 && width <= 0) {
            width = (int) Math.round((double) height * info.width() / info.height());
        } else if (width <= 0) {
            width = info.width();
            height = info.height();
        }
        img.attr("width", Integer.toString(width)).attr("height", Integer.toString(height));
        if (info.variants().isEmpty() || img.hasAttr("srcset")) {
            return;
        }
        img.attr("src", urls.href(pagePath, info.atMost(FALLBACK_WIDTH).path()));
        img.attr("srcset", info.candidates().stream().map(c -> urls.href(pagePath, c.path()) + " " + c.width() + "w")
                .collect(Collectors.joining(", ")));
        if (!img.hasAttr("sizes")) {
            img.attr("sizes", COLUMN_SIZES);
        }
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
