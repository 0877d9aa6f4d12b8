package dev.broadsheet.markdown;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video, post or map of another site, shown as a local placeholder that loads the provider's
 * frame only when the reader presses its button (the theme's {@code embeds.js}), and that is a
 * plain link without JavaScript. Nothing of the provider's is loaded with the page.
 *
 * @param provider who serves it
 * @param pageUrl the provider's page for it, the link a reader without JavaScript follows
 * @param frameUrl what the frame loads once asked for (YouTube's from youtube-nocookie.com)
 * @param title what it is, for the placeholder and the frame's title; empty for the provider's name
 * @param caption shown under it, or empty
 * @param poster a picture of the site shown on the placeholder ({@code /images/x.jpg}), or empty
 */
public record Embed(Provider provider, String pageUrl, String frameUrl, String title, String caption, String poster) {

    /** The providers Broadsheet embeds, with the shape of their frames. */
    public enum Provider {
        YOUTUBE("YouTube", "16x9"), VIMEO("Vimeo", "16x9"), X("X", "1x1"), INSTAGRAM("Instagram", "4x5"),
        FACEBOOK("Facebook", "16x9"), GOOGLE_MAPS("Google Maps", "4x3");

        private final String label;
        private final String ratio;

        Provider(String label, String ratio) {
            this.label = label;
            this.ratio = ratio;
        }
    }

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,25}");
    private static final Pattern INSTAGRAM = Pattern.compile("/(p|reel|tv)/([A-Za-z0-9_-]{4,40})/?");
    private static final Pattern X_STATUS = Pattern.compile("/([A-Za-z0-9_]{1,30})/status(?:es)?/([0-9]{1,25})/?");

    public Embed {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(pageUrl, "pageUrl");
        Objects.requireNonNull(frameUrl, "frameUrl");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(poster, "poster");
    }

    /** The embed of a provider's page or frame URL, if it is one Broadsheet knows. */
    public static Optional<Embed> of(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        host = host.startsWith("www.") ? host.substring(4) : host.startsWith("m.") ? host.substring(2) : host;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return switch (host) {
            case "youtube.com", "youtube-nocookie.com", "youtu.be" -> youtube(host, path, query(uri, "v"));
            case "vimeo.com", "player.vimeo.com" -> vimeo(path);
            case "twitter.com", "x.com", "mobile.twitter.com" -> x(path);
            case "platform.twitter.com" -> path.equals("/embed/Tweet.html") ? x("/i/status/" + query(uri, "id")) : Optional.empty();
            case "instagram.com" -> instagram(path);
            case "facebook.com", "fb.watch" -> facebook(url.strip(), host, path, query(uri, "href"));
            case "google.com", "maps.google.com" -> maps(uri, host, path);
            default -> Optional.empty();
        };
    }

    /** The same embed with the writer's title, caption and poster. */
    public Embed described(String newTitle, String newCaption, String newPoster) {
        return new Embed(provider, pageUrl, frameUrl, newTitle, newCaption, newPoster);
    }

    private static Optional<Embed> youtube(String host, String path, String v) {
        String id = host.equals("youtu.be") ? path.replaceFirst("^/", "")
                : path.startsWith("/embed/") ? path.substring(7) : path.startsWith("/shorts/") ? path.substring(8)
                : path.startsWith("/live/") ? path.substring(6) : path.equals("/watch") ? v : "";
        if (!YOUTUBE_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Embed(Provider.YOUTUBE, "https://www.youtube.com/watch?v=" + id,
                "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1", "", "", ""));
    }

    private static Optional<Embed> vimeo(String path) {
        String id = path.replaceFirst("^/(video/)?", "").replaceFirst("/$", "");
        if (!DIGITS.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Embed(Provider.VIMEO, "https://vimeo.com/" + id, "https://player.vimeo.com/video/" + id + "?dnt=1&autoplay=1",
                "", "", ""));
    }

    private static Optional<Embed> x(String path) {
        Matcher status = X_STATUS.matcher(path);
        if (!status.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Embed(Provider.X, "https://x.com/" + status.group(1) + "/status/" + status.group(2),
                "https://platform.twitter.com/embed/Tweet.html?id=" + status.group(2) + "&dnt=true", "", "", ""));
    }

    private static Optional<Embed> instagram(String path) {
        Matcher post = INSTAGRAM.matcher(path.replaceFirst("/embed/?$", "/"));
        if (!post.matches()) {
            return Optional.empty();
        }
        String page = "https://www.instagram.com/" + post.group(1) + "/" + post.group(2) + "/";
        return Optional.of(new Embed(Provider.INSTAGRAM, page, page + "embed/", "", "", ""));
    }

    private static Optional<Embed> facebook(String url, String host, String path, String href) {
        String page = path.equals("/plugins/video.php") ? href : url;
        boolean video = host.equals("fb.watch") || page.contains("/videos/") || page.contains("/watch") || page.contains("/reel/");
        if (!video || !page.startsWith("https://")) {
            return Optional.empty();
        }
        return Optional.of(new Embed(Provider.FACEBOOK, page,
                "https://www.facebook.com/plugins/video.php?href=" + URLEncoder.encode(page, StandardCharsets.UTF_8) + "&show_text=false", "", "", ""));
    }

    private static Optional<Embed> maps(URI uri, String host, String path) {
        if (!host.equals("maps.google.com") && !path.startsWith("/maps")) {
            return Optional.empty();
        }
        String whole = uri.toString();
        if (path.startsWith("/maps/embed")) {
            return Optional.of(new Embed(Provider.GOOGLE_MAPS, whole.replace("/maps/embed", "/maps"), whole, "", "", ""));
        }
        String place = path.startsWith("/maps/place/") ? path.substring(12).replaceFirst("/.*$", "") : query(uri, "q");
        if (place.isEmpty()) {
            return Optional.empty();
        }
        String decoded = URLDecoder.decode(place, StandardCharsets.UTF_8);
        String q = URLEncoder.encode(decoded, StandardCharsets.UTF_8);
        return Optional.of(new Embed(Provider.GOOGLE_MAPS, "https://www.google.com/maps/search/?api=1&query=" + q,
                "https://maps.google.com/maps?q=" + q + "&output=embed", "", "", ""));
    }

    private static String query(URI uri, String name) {
        String query = uri.getRawQuery();
        if (query == null) {
            return "";
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** The placeholder: a figure with the provider, the title, the poster and a link, and the frame's address in data. */
    public String html() {
        String shown = title.isEmpty() ? provider.label : title;
        StringBuilder html = new StringBuilder(512);
        html.append("<figure class=\"embed embed-").append(provider.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" data-embed-src=\"").append(escape(frameUrl)).append("\" data-embed-provider=\"").append(escape(provider.label))
                .append("\" data-embed-title=\"").append(escape(shown)).append("\">");
        html.append("<div class=\"embed-frame embed-ratio-").append(provider.ratio).append("\">");
        if (!poster.isEmpty()) {
            html.append("<img class=\"embed-poster\" src=\"").append(escape(poster)).append("\" alt=\"\">");
        }
        html.append("<div class=\"embed-notice\"><p class=\"embed-provider\">").append(escape(provider.label)).append("</p>");
        if (!title.isEmpty()) {
            html.append("<p class=\"embed-title\">").append(escape(title)).append("</p>");
        }
        html.append("<p><a class=\"embed-link\" href=\"").append(escape(pageUrl)).append("\">").append(escape(displayUrl()))
                .append("</a></p></div></div>");
        if (!caption.isEmpty()) {
            html.append("<figcaption>").append(escape(caption)).append("</figcaption>");
        }
        return html.append("</figure>").toString();
    }

    /** The page URL as a reader reads it: without the scheme and {@code www.}. */
    private String displayUrl() {
        return pageUrl.replaceFirst("^https?://(www\\.)?", "");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
