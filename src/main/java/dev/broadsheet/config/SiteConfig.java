package dev.broadsheet.config;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * The site's settings from {@code content/site.yaml}, validated and with defaults applied.
 *
 * @param title the site's name
 * @param description one sentence about the site
 * @param baseUrl the absolute URL the site is published at, ending in {@code /}; empty for a local build
 * @param language a BCP 47 tag such as {@code it} or {@code en}
 * @param timeZone the zone in which dates without an offset are read and all dates are shown
 * @param author the default author of articles
 * @param perPage articles per listing page
 * @param feedSize articles in a feed
 * @param permalink the article URL pattern, such as {@code /:year/:month/:slug/}
 * @param wordsPerMinute reading speed for the reading time
 * @param googleNews whether to write a Google News sitemap of the last two days' articles
 * @param menu the navigation; empty for the default one (front page, topics, archive, pages)
 * @param sanitizeHtml whether HTML in articles is sanitized ({@code html: sanitize}) rather than trusted
 * @param iframeHosts hosts whose iframes a sanitized article may embed
 * @param shareImage the picture social cards show for pages without their own ({@code /images/x.jpg}), or empty
 * @param logo the publisher's logo named in structured data ({@code /images/logo.png}), or empty
 * @param allowedOrigins origins other than the site's own that its pages may load from on opening, such as {@code https://cdn.example.org}
 * @param banner the breaking-news banner, or {@link Banner#NONE}
 * @param frontSections the sections the front page shows a block of, in order (names as articles write them)
 * @param strings interface strings in the site's language
 */
public record SiteConfig(
        String title,
        String description,
        String baseUrl,
        String language,
        ZoneId timeZone,
        String author,
        int perPage,
        int feedSize,
        String permalink,
        int wordsPerMinute,
        boolean googleNews,
        java.util.List<MenuItem> menu,
        boolean sanitizeHtml,
        java.util.List<String> iframeHosts,
        String shareImage,
        String logo,
        java.util.List<String> allowedOrigins,
        Banner banner,
        java.util.List<String> frontSections,
        Strings strings) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(permalink, "permalink");
        Objects.requireNonNull(strings, "strings");
        menu = java.util.List.copyOf(menu);
        iframeHosts = java.util.List.copyOf(iframeHosts);
        Objects.requireNonNull(shareImage, "shareImage");
        Objects.requireNonNull(logo, "logo");
        allowedOrigins = java.util.List.copyOf(allowedOrigins);
        Objects.requireNonNull(banner, "banner");
        frontSections = java.util.List.copyOf(frontSections);
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        if (perPage < 1 || feedSize < 1 || wordsPerMinute < 1) {
            throw new IllegalArgumentException("perPage, feedSize and wordsPerMinute must be positive");
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** The Open Graph locale, such as {@code it_IT}: the language's own country unless the tag names one. */
    public String ogLocale() {
        Locale locale = locale();
        String country = locale.getCountry().isEmpty() ? switch (locale.getLanguage()) {
            case "en" -> "US";
            case "el" -> "GR";
            case "da" -> "DK";
            case "sv" -> "SE";
            case "cs" -> "CZ";
            case "ja" -> "JP";
            case "zh" -> "CN";
            case "ko" -> "KR";
            case "uk" -> "UA";
            case "ca" -> "ES";
            default -> locale.getLanguage().toUpperCase(Locale.ROOT);
        } : locale.getCountry();
        return locale.getLanguage() + "_" + country;
    }

    /** The same settings published at another base URL (the CLI's {@code --base-url}). */
    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, language, timeZone, author, perPage, feedSize,
                permalink, wordsPerMinute, googleNews, menu, sanitizeHtml, iframeHosts, shareImage, logo, allowedOrigins, banner, frontSections, strings);
    }
}
