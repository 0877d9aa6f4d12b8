package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Urls;
import dev.broadsheet.config.SiteConfig;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What templates may call besides Pebble's built-ins:
 * <ul>
 *   <li>{@code url(x)}: the link from the current page to an article, page, tag, view or output path;</li>
 *   <li>{@code absUrl(x)}: the same as an absolute URL from the base URL (relative when the site has none);</li>
 *   <li>{@code jsonLd(article)}: the article's schema.org {@code NewsArticle}, safe inside {@code <script>};</li>
 *   <li>{@code entryId(article)}: a feed entry id that stays the same across builds and moves;</li>
 *   <li>{@code feedContent(entry)}: a feed entry's body, links made absolute, as CDATA;</li>
 *   <li>{@code t("key", a, b)}: an interface string; {@code tn("key", n)} picks {@code key.one} or {@code key.other};</li>
 *   <li>{@code readingMinutes(article)};</li>
 *   <li>{@code date | localdate}: "3 settembre 2025"; {@code date | localtime}: "18:30";
 *       {@code date | isodate}: "2025-09-03T18:30:00+02:00".</li>
 * </ul>
 * Each is a function of its arguments, the settings and the current page's path only.
 */
final class TemplateFunctions extends AbstractExtension {

    /** The template variable holding the output path of the page being rendered. */
    static final String PATH_VARIABLE = "path";

    private final SiteConfig config;
    private final Urls urls;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter timeFormat;
    private final JsonLd jsonLd;

    /** Depends on the settings and URLs only, never on the articles: the same functions serve every build of a site. */
    TemplateFunctions(SiteConfig config, Urls urls) {
        this.config = config;
        this.urls = urls;
        this.jsonLd = new JsonLd(config, urls);
        this.dateFormat = dateFormat(config);
        this.monthFormat = DateTimeFormatter.ofPattern(config.strings().format("monthFormat"), config.locale());
        this.timeFormat = DateTimeFormatter.ofPattern(config.strings().format("timeFormat"), config.locale());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", function(List.of("to"), (args, context) -> url(args.get("to"), (String) context.getVariable(PATH_VARIABLE))),
                "absUrl", function(List.of("to"), (args, context) -> absoluteUrl(args.get("to"), (String) context.getVariable(PATH_VARIABLE))),
                "jsonLd", function(List.of("article", "image", "authors"), (args, context) -> new SafeString(jsonLd.newsArticle((Article) args.get("article"),
                        java.util.Optional.ofNullable((PageImages.ShareImage) args.get("image")), authorsOf(args.get("authors"))))),
                "entryId", function(List.of("article"), (args, context) -> args.get("article") instanceof Views.FeedEntry entry
                        ? entry.id() : RenderPlan.entryId((Article) args.get("article"))),
                "feedContent", function(List.of("entry"), (args, context) -> new SafeString(cdata(((Views.FeedEntry) args.get("entry")).content()))),
                "t", function(null, (args, context) -> translate(args)),
                "tn", function(List.of("key", "count"), (args, context) -> config.strings().format(
                        args.get("key") + (((Number) args.get("count")).longValue() == 1 ? ".one" : ".other"), args.get("count"))),
                "readingMinutes", function(List.of("article"), (args, context) -> Views.readingMinutes((Article) args.get("article"), config)));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "localdate", filter(date -> dateFormat.format((java.time.temporal.TemporalAccessor) date)),
                "monthyear", filter(date -> monthFormat.format((java.time.temporal.TemporalAccessor) date)),
                "localtime", filter(date -> timeFormat.format((java.time.temporal.TemporalAccessor) date)),
                "isodate", filter(date -> IsoDates.format((ZonedDateTime) date)));
    }

    java.util.Locale locale() {
        return config.locale();
    }

    /** A month as shown: "settembre 2025". */
    String monthYear(java.time.LocalDate day) {
        return monthFormat.format(day);
    }

    /** How {@code config}'s language shows dates: "3 settembre 2025". */
    static DateTimeFormatter dateFormat(SiteConfig config) {
        return DateTimeFormatter.ofPattern(config.strings().format("dateFormat"), config.locale());
    }

    private String url(Object to, String fromPath) {
        String target = outputPathOf(to);
        return isExternal(target) ? target : urls.href(fromPath, target);
    }

    private String absoluteUrl(Object to, String fromPath) {
        String target = outputPathOf(to);
        if (isExternal(target)) {
            return target;
        }
        return urls.hasBaseUrl() ? urls.absolute(target) : urls.href(fromPath, target);
    }

    /** An address that leaves the site (it has a scheme); content values were checked by {@link dev.broadsheet.SafeUrls} when read. */
    private static boolean isExternal(String target) {
        return dev.broadsheet.SafeUrls.hasScheme(target);
    }

    @SuppressWarnings("unchecked")
    private static List<Views.AuthorLink> authorsOf(Object authors) {
        return authors instanceof List<?> list ? (List<Views.AuthorLink>) list : List.of();
    }

    /** An image path of the front matter ({@code /images/a.jpg}) or URL as an absolute URL. */
    static String absoluteImage(Urls urls, String image) {
        if (image.startsWith("http://") || image.startsWith("https://")) {
            return image;
        }
        return urls.absolute(image.startsWith("/") ? image.substring(1) : image);
    }

    /** Text as an XML CDATA section: written as it is, so a feed carries the HTML without escaping it again. */
    private static String cdata(String text) {
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private String outputPathOf(Object to) {
        String target;
        if (to instanceof Article article) {
            target = urls.articlePath(article);
        } else if (to instanceof Page page) {
            target = urls.pagePath(page);
        } else if (to instanceof Views.Linked linked) {
            target = linked.path();
        } else if (to instanceof String path && isExternal(path)) {
            target = path;
        } else if (to instanceof String path && !path.isEmpty()) {
            target = Urls.fileOf(path.startsWith("/") ? path.substring(1) : path);
        } else {
            throw new IllegalArgumentException("url() takes an article, a page, a tag, a link or an output path, got " + to);
        }
        return target;
    }

    private String translate(Map<String, Object> args) {
        List<Object> values = new ArrayList<>();
        for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
            values.add(args.get(String.valueOf(i)));
        }
        return config.strings().format(String.valueOf(args.get("0")), values.toArray());
    }

    private interface Body {
        Object apply(Map<String, Object> args, EvaluationContext context);
    }

    private static Function function(List<String> argumentNames, Body body) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.apply(args, context);
            }

            @Override
            public List<String> getArgumentNames() {
                return argumentNames;
            }
        };
    }

    private static Filter filter(java.util.function.Function<Object, Object> body) {
        return new Filter() {
            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return input == null ? "" : body.apply(input);
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }
        };
    }
}
