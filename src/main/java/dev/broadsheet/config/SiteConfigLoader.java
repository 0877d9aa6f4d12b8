package dev.broadsheet.config;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads {@code content/site.yaml} and the interface strings of its language. */
public final class SiteConfigLoader {

    public static final String SITE_FILE = "content/site.yaml";
    /** The article URL pattern of a site that sets none. */
    public static final String DEFAULT_PERMALINK = "/:year/:month/:slug/";
    private static final List<String> KEYS = List.of("title", "description", "baseUrl", "language", "timeZone",
            "author", "perPage", "feedSize", "permalink", "wordsPerMinute", "googleNews", "menu", "html", "iframeHosts",
            "shareImage", "logo", "allowedOrigins", "banner", "frontSections");
    private static final Pattern PERMALINK = Pattern.compile("/(?:[a-z0-9_-]+/|:year/|:month/|:day/)*:slug(?:/|\\.html)");

    private final YamlReader yaml;

    public SiteConfigLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /**
     * Loads the settings of the site whose sources are in {@code sourceDir}.
     *
     * @throws BuildException naming {@code content/site.yaml} and the line of every wrong setting
     */
    public SiteConfig load(Path sourceDir) {
        YamlMapping map = yaml.readMapping(read(sourceDir.resolve(SITE_FILE), SITE_FILE), SITE_FILE, 1);
        List<Problem> problems = new ArrayList<>();
        map.without(KEYS).keySet().forEach(key -> problems.add(new Problem(SITE_FILE, map.lineOf(key),
                "unknown setting '" + key + "' — known settings are " + String.join(", ", KEYS))));
        Settings s = new Settings(map, problems);
        String title = s.text("title", "");
        if (title.isBlank()) {
            problems.add(new Problem(SITE_FILE, map.lineOf("title"), "'title' is required — add a line such as 'title: Il mio giornale'"));
        }
        String baseUrl = s.text("baseUrl", "");
        checkBaseUrl(baseUrl).ifPresent(msg -> problems.add(new Problem(SITE_FILE, map.lineOf("baseUrl"), msg)));
        String language = s.text("language", "en");
        ZoneId zone = s.zone("timeZone");
        String permalink = s.text("permalink", DEFAULT_PERMALINK);
        if (!PERMALINK.matcher(permalink).matches()) {
            problems.add(new Problem(SITE_FILE, map.lineOf("permalink"), "'permalink' must look like /:year/:month/:slug/ or /:year/:month/:slug.html, got \""
                    + permalink + "\" — use the placeholders :year, :month, :day and :slug"));
        }
        Strings strings = loadStrings(sourceDir, language, problems);
        String description = s.text("description", "");
        String author = s.text("author", title);
        int perPage = s.positive("perPage", 10);
        int feedSize = s.positive("feedSize", 20);
        int wordsPerMinute = s.positive("wordsPerMinute", 220);
        boolean googleNews = s.flag("googleNews");
        List<MenuItem> menu = menu(map, problems);
        String html = s.text("html", "trusted");
        if (!html.equals("trusted") && !html.equals("sanitize")) {
            problems.add(new Problem(SITE_FILE, map.lineOf("html"), "'html' must be trusted or sanitize, got \"" + html + "\""));
        }
        List<String> iframeHosts = s.texts("iframeHosts", "a list of host names such as [www.youtube-nocookie.com]").stream()
                .map(host -> host.toLowerCase(java.util.Locale.ROOT)).toList();
        String shareImage = picture(s, "shareImage", problems);
        String logo = picture(s, "logo", problems);
        List<String> allowedOrigins = origins(s);
        Banner banner = banner(map, zone, problems);
        List<String> frontSections = s.texts("frontSections", "a list of section names such as [Esteri, Politica, Economia]");
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return new SiteConfig(title, description, baseUrl, language, zone, author, perPage, feedSize, permalink,
                wordsPerMinute, googleNews, menu, html.equals("sanitize"), iframeHosts, shareImage, logo, allowedOrigins, banner, frontSections, strings);
    }

    /** A picture of {@code content/static/} named from the site root, as {@code /images/x.jpg}. */
    private static String picture(Settings s, String key, List<Problem> problems) {
        String path = s.text(key, "");
        if (!path.isEmpty() && (!path.startsWith("/") || path.startsWith("//"))) {
            problems.add(new Problem(SITE_FILE, s.map().lineOf(key), "'" + key + "' must name a picture of content/static/ from the site root, "
                    + "such as /images/" + key.toLowerCase(java.util.Locale.ROOT) + ".jpg, got \"" + path + "\""));
        }
        return path;
    }

    /** The banner: {@code text}, {@code expires} (a date of the forms articles use) and an optional {@code link}. */
    private static Banner banner(YamlMapping map, ZoneId zone, List<Problem> problems) {
        Object value = map.find("banner").orElse(null);
        if (value == null) {
            return Banner.NONE;
        }
        int line = map.lineOf("banner");
        String example = " — for example:\nbanner:\n  text: Ultim'ora: …\n  link: /2025/09/vertice/\n  expires: 2025-09-04T20:00";
        if (!(value instanceof Map<?, ?> fields) || !(fields.get("text") instanceof String text) || text.isBlank()
                || !(fields.get("expires") instanceof String expires)) {
            problems.add(new Problem(SITE_FILE, line, "'banner' needs a 'text' and the moment it 'expires'" + example));
            return Banner.NONE;
        }
        Object link = fields.get("link") == null ? "" : fields.get("link");
        if (!(link instanceof String target) || !target.isEmpty() && !target.startsWith("/") && !target.startsWith("https://")) {
            problems.add(new Problem(SITE_FILE, line, "the banner's 'link' must be a path of the site such as /2025/09/vertice/ or an https:// address"));
            return Banner.NONE;
        }
        try {
            return new Banner(text.strip(), target.strip(), Dates.parse(expires, zone).toInstant());
        } catch (java.time.DateTimeException e) {
            problems.add(new Problem(SITE_FILE, line, "the banner's 'expires' must be a date written as " + Dates.FORMS + ", got \"" + expires + "\""));
            return Banner.NONE;
        }
    }

    /** The origins pages may load from, each as {@code https://host} or {@code https://host:port}, as browsers compare them. */
    private static List<String> origins(Settings s) {
        List<String> origins = new ArrayList<>();
        for (String item : s.texts("allowedOrigins", "a list of origins such as [https://cdn.example.org]")) {
            String written = item.toLowerCase(java.util.Locale.ROOT);
            written = written.endsWith("/") ? written.substring(0, written.length() - 1) : written;
            if (!dev.broadsheet.SafeUrls.originOf(written).equals(java.util.Optional.of(written))) {
                s.problems().add(new Problem(SITE_FILE, s.map().lineOf("allowedOrigins"), "'allowedOrigins' must list origins such as "
                        + "https://cdn.example.org (scheme and host, no path), got \"" + item + "\""));
            }
            origins.add(written);
        }
        return origins;
    }

    private static List<MenuItem> menu(YamlMapping map, List<Problem> problems) {
        Object value = map.find("menu").orElse(List.of());
        int line = map.lineOf("menu");
        if (!(value instanceof List<?> items)) {
            problems.add(new Problem(SITE_FILE, line, "'menu' must be a list of entries such as '- title: Chi siamo' + 'page: chi-siamo'"));
            return List.of();
        }
        List<MenuItem> menu = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item && item.get("title") instanceof String title
                    && (item.get("page") instanceof String || item.get("url") instanceof String)) {
                menu.add(new MenuItem(title.strip(), String.valueOf(item.get("page") == null ? "" : item.get("page")).strip(),
                        String.valueOf(item.get("url") == null ? "" : item.get("url")).strip(), line));
            } else {
                problems.add(new Problem(SITE_FILE, line, "menu entry " + (i + 1) + " needs 'title' and either 'page' (a page slug) or 'url'"));
            }
        }
        return menu;
    }

    /** An error message for a bad base URL, or empty when it is usable. */
    public static java.util.Optional<String> checkBaseUrl(String baseUrl) {
        if (baseUrl.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            URI uri = new URI(baseUrl);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null) {
                return java.util.Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return java.util.Optional.of("the base URL must be an absolute http(s) URL such as https://user.github.io/my-blog/, got \"" + baseUrl + "\"");
    }

    private Strings loadStrings(Path sourceDir, String language, List<Problem> problems) {
        Map<String, String> english = readStrings(sourceDir, "en", problems);
        Map<String, String> own = language.equals("en") ? english : readStrings(sourceDir, language, problems);
        return new Strings(language, own, english);
    }

    private Map<String, String> readStrings(Path sourceDir, String language, List<Problem> problems) {
        String file = "templates/i18n/" + language + ".yaml";
        Map<String, String> strings = new LinkedHashMap<>();
        try {
            YamlMapping map = yaml.readMapping(read(sourceDir.resolve(file), file), file, 1);
            map.values().forEach((key, value) -> {
                if (value instanceof String text) {
                    strings.put(key, text);
                } else {
                    problems.add(new Problem(file, map.lineOf(key), "'" + key + "' must be a text"));
                }
            });
        } catch (BuildException e) {
            problems.addAll(e.problems());
        }
        return strings;
    }

    private static String read(Path path, String name) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BuildException(Problem.of(name, "file not found — " + (name.equals(SITE_FILE)
                    ? "create it with at least 'title:' and 'language:'" : "add the interface strings for this language")));
        } catch (IOException e) {
            throw new BuildException(Problem.of(name, "cannot read: " + e.getMessage()));
        }
    }

    /** Typed access to settings, collecting problems instead of failing on the first. */
    private record Settings(YamlMapping map, List<Problem> problems) {

        /** A list of texts, each stripped; anything else is a problem naming {@code what} the setting must be. */
        List<String> texts(String key, String what) {
            Object value = map.find(key).orElse(List.of());
            if (value instanceof List<?> list && list.stream().allMatch(item -> item instanceof String text && !text.isBlank())) {
                return list.stream().map(item -> ((String) item).strip()).toList();
            }
            problems.add(new Problem(SITE_FILE, map.lineOf(key), "'" + key + "' must be " + what));
            return List.of();
        }

        String text(String key, String fallback) {
            Object value = map.find(key).orElse(fallback);
            if (value instanceof String text) {
                return text.strip();
            }
            problems.add(new Problem(map.file(), map.lineOf(key), "'" + key + "' must be a single value, not a list or mapping"));
            return fallback;
        }

        int positive(String key, int fallback) {
            String text = text(key, Integer.toString(fallback));
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new Problem(map.file(), map.lineOf(key), "'" + key + "' must be a whole number above 0, got \"" + text + "\""));
            return fallback;
        }

        boolean flag(String key) {
            String text = text(key, "false");
            if (!text.equals("true") && !text.equals("false")) {
                problems.add(new Problem(map.file(), map.lineOf(key), "'" + key + "' must be true or false, got \"" + text + "\""));
            }
            return text.equals("true");
        }

        ZoneId zone(String key) {
            String text = text(key, "UTC");
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                problems.add(new Problem(map.file(), map.lineOf(key), "'" + key + "' must be a time zone such as Europe/Rome, got \"" + text + "\""));
                return ZoneId.of("UTC");
            }
        }
    }
}
