package dev.broadsheet.importer;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an importer must know of Blogger's addresses: which hosts serve the blog's images and which
 * size a thumbnail address asks for, and which addresses are the old blog's own pages.
 */
final class BloggerUrls {

    /** A size segment of an image path: {@code s320}, {@code s72-c}, {@code w640-h426}, {@code s1600-h}. */
    private static final Pattern SIZE_SEGMENT = Pattern.compile("/(?:[swh]\\d+(?:-[a-z0-9]+)*|\\d{2,4})/(?=[^/]+$)");
    /** The size suffix of Blogger's new addresses: {@code …AVvXsE…=s600}, {@code =w640-h426-rw}. */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("=[swh]\\d+(?:-[a-z0-9]+)*$");

    private final Set<String> hosts;
    private final String blogspotName;

    /**
     * @param blogAddresses the blog's known addresses (its {@code rel=alternate}, {@code --blog-url});
     *     any of them may be empty
     * @param subdomain the classic export's {@code BLOG_SUBDOMAIN}, or empty
     */
    BloggerUrls(java.util.List<String> blogAddresses, String subdomain) {
        Set<String> known = new LinkedHashSet<>();
        String blogspot = subdomain.strip().toLowerCase(Locale.ROOT);
        for (String address : blogAddresses) {
            hostOf(address).ifPresent(host -> known.add(withoutWww(host)));
        }
        for (String host : known) {
            if (blogspot.isEmpty() && host.contains(".blogspot.")) {
                blogspot = host.substring(0, host.indexOf(".blogspot."));
            }
        }
        this.hosts = Set.copyOf(known);
        this.blogspotName = blogspot;
    }

    /** Whether the blog lived on a {@code *.blogspot.com} address, which Blogger keeps serving. */
    boolean onBlogspot() {
        return !blogspotName.isEmpty();
    }

    /** The blog's blogspot address, such as {@code https://iltaccuino.blogspot.com/}. */
    String blogspotAddress() {
        return "https://" + blogspotName + ".blogspot.com/";
    }

    /** Whether the blog's addresses are known, so links to them can be recognised. */
    boolean knowsTheBlog() {
        return !hosts.isEmpty() || onBlogspot();
    }

    /**
     * The path, query and fragment of {@code href} when it is an address of the old blog, on any
     * of its hosts, over http or https, with or without {@code www.}, on any country's blogspot
     * domain ({@code x.blogspot.it}); or when it is written from the blog's root ({@code /2025/09/x.html}).
     */
    Optional<URI> ownAddress(String href) {
        String trimmed = href.strip();
        if (trimmed.startsWith("/") && !trimmed.startsWith("//")) {
            return parse("https://blog.invalid" + trimmed);
        }
        Optional<URI> uri = parse(trimmed.startsWith("//") ? "https:" + trimmed : trimmed);
        return uri.filter(u -> u.getScheme() != null && u.getScheme().toLowerCase(Locale.ROOT).startsWith("http") && u.getHost() != null
                && isOwnHost(u.getHost()));
    }

    private boolean isOwnHost(String host) {
        String plain = withoutWww(host.toLowerCase(Locale.ROOT));
        if (hosts.contains(plain)) {
            return true;
        }
        return onBlogspot() && plain.startsWith(blogspotName + ".blogspot.");
    }

    /** Whether {@code url} is served by Blogger's image hosts (Google's, for this blog's own pictures). */
    static boolean isBloggerImageHost(String url) {
        Optional<String> host = hostOf(url.startsWith("//") ? "https:" + url : url);
        return host.map(h -> h.endsWith(".googleusercontent.com") || h.endsWith(".bp.blogspot.com") || h.equals("bp.blogspot.com")
                || h.matches("(?:bp\\d|photos\\d)\\.blogger\\.com") || h.endsWith(".ggpht.com")).orElse(false);
    }

    /**
     * The address of the full-size picture a Blogger image address shows at some size:
     * {@code /s320/x.jpg} → {@code /s0/x.jpg}, {@code =s600} → {@code =s0} ({@code s0} is the
     * original), the old {@code photos1.blogger.com/…/320/x.jpg} → {@code /1600/}. Other addresses
     * are returned as they are, made https when written protocol-relative.
     */
    static String fullSize(String src) {
        String url = src.strip().startsWith("//") ? "https:" + src.strip() : src.strip();
        if (!isBloggerImageHost(url)) {
            return url;
        }
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        Matcher suffix = SIZE_SUFFIX.matcher(path);
        if (suffix.find()) {
            return path.substring(0, suffix.start()) + "=s0";
        }
        Matcher segment = SIZE_SEGMENT.matcher(path);
        if (segment.find()) {
            boolean old = segment.group().matches("/\\d+/");
            return path.substring(0, segment.start()) + (old ? "/1600/" : "/s0/") + path.substring(segment.end());
        }
        return path;
    }

    /** {@code text} as a URI (spaces written %20, as browsers do), or empty when it is not one. */
    static Optional<URI> parse(String text) {
        try {
            return Optional.of(new URI(text.replace(" ", "%20")));
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> hostOf(String address) {
        return parse(address.strip()).map(URI::getHost).map(h -> h.toLowerCase(Locale.ROOT));
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The path of an old address ({@code https://x.blogspot.com/2025/09/y.html?m=1} → {@code /2025/09/y.html}). */
    static Optional<String> oldPath(String oldUrl) {
        if (oldUrl.isBlank()) {
            return Optional.empty();
        }
        String url = oldUrl.strip();
        if (url.startsWith("/")) {
            return Optional.of(url.replaceFirst("[?#].*$", ""));
        }
        try {
            String path = new java.net.URI(url.replace(" ", "%20")).getRawPath();
            return path == null || path.isEmpty() ? Optional.empty() : Optional.of(path);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A label as Blogger writes it in an address: UTF-8, every character but letters, digits and {@code -._~} percent-encoded. */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
