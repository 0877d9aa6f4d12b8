package dev.broadsheet.render;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Tag;
import dev.broadsheet.site.Urls;
import dev.broadsheet.config.SiteConfig;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What templates may call besides Pebble's built-ins:
 * <ul>
 *   <li>{@code url(x)}: the link from the current page to an article, page, tag or output path;</li>
 *   <li>{@code absUrl(x)}: the same as an absolute URL from the base URL (relative when the site has none);</li>
 *   <li>{@code jsonLd(article)}: the article's schema.org {@code NewsArticle}, safe inside {@code <script>};</li>
 *   <li>{@code entryId(article)}: a feed entry id that stays the same across builds and moves;</li>
 *   <li>{@code feedContent(article)}: the body for a feed, links made absolute, as CDATA;</li>
 *   <li>{@code t("key", a, b)}: an interface string; {@code tn("key", n)} picks {@code key.one} or {@code key.other};</li>
 *   <li>{@code tagsOf(article)}: the article's {@link Tag}s; {@code readingMinutes(article)};</li>
 *   <li>{@code cached("partials/x", item)}: the partial rendered with {@code item}, reused while
 *       {@code item} is the very same object (the dev server replaces what an edit changes);</li>
 *   <li>{@code date | localdate}: "3 settembre 2025"; {@code date | localtime}: "18:30";
 *       {@code date | isodate}: "2025-09-03T18:30:00+02:00".</li>
 * </ul>
 */
final class TemplateFunctions extends AbstractExtension {

    /** The template variable holding the output path of the page being rendered. */
    static final String PATH_VARIABLE = "path";
    /** The variable holding the {@link Site} being rendered; a name templates cannot write. */
    static final String SITE_VARIABLE = "broadsheet.site";
    /**
     * The variable holding the {@link ArticleReads} of the page being rendered, when what it reads
     * is recorded (the dev server's builds); a name templates cannot write.
     */
    static final String READS_VARIABLE = "broadsheet.reads";

    private final SiteConfig config;
    private final Urls urls;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter timeFormat;
    private final JsonLd jsonLd;
    private final FeedBodies feedBodies;
    /** Partials rendered by {@code cached()}, by template and page, then by the very object they showed. */
    private final Map<String, Map<Object, Fragment>> fragments = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Depends on the settings and URLs only, never on the articles: the same functions serve every
     * rebuild of a site; the {@link Site} being rendered is a variable of each page.
     */
    TemplateFunctions(SiteConfig config, Urls urls, FeedBodies feedBodies) {
        this.config = config;
        this.urls = urls;
        this.feedBodies = feedBodies;
        this.jsonLd = new JsonLd(config, urls);
        this.dateFormat = DateTimeFormatter.ofPattern(config.strings().format("dateFormat"), config.locale());
        this.monthFormat = DateTimeFormatter.ofPattern(config.strings().format("monthFormat"), config.locale());
        this.timeFormat = DateTimeFormatter.ofPattern(config.strings().format("timeFormat"), config.locale());
    }

    /**
     * The functions, each with the values it reads of an article given to it. {@code url},
     * {@code absUrl}, {@code entryId} and {@code tagsOf} read only what places an article in the
     * site (URL, source, tags), which a rebuild that patches the site never changes: they read nothing.
     */
    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", function(List.of("to"), 0, (args, context) -> url(args.get("to"), (String) context.getVariable(PATH_VARIABLE))),
                "absUrl", function(List.of("to"), 0, (args, context) -> absoluteUrl(args.get("to"), (String) context.getVariable(PATH_VARIABLE))),
                "jsonLd", function(List.of("article"), ArticleReads.ALL, (args, context) -> new SafeString(jsonLd.newsArticle((Article) args.get("article")))),
                "entryId", function(List.of("article"), 0, (args, context) -> entryId((Article) args.get("article"))),
                "feedContent", function(List.of("article"), ArticleReads.bitsOf("bodyHtml"), (args, context) -> new SafeString(cdata(
                        feedBodies.body((Article) args.get("article"), (String) context.getVariable(PATH_VARIABLE))))),
                "t", function(null, ArticleReads.ALL, (args, context) -> translate(args)),
                "tn", function(List.of("key", "count"), ArticleReads.ALL, (args, context) -> config.strings().format(
                        args.get("key") + (((Number) args.get("count")).longValue() == 1 ? ".one" : ".other"), args.get("count"))),
                "tagsOf", function(List.of("article"), 0, (args, context) -> siteOf(context).tagsOf((Article) args.get("article"))),
                "readingMinutes", function(List.of("article"), ArticleReads.bitsOf("wordCount"), (args, context) ->
                        Math.max(1, Math.round(((Article) args.get("article")).wordCount() / (double) config.wordsPerMinute()))),
                "cached", cached());
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

    /** How dates are shown: "3 settembre 2025". */
    DateTimeFormatter dateFormat() {
        return dateFormat;
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

    /** A URN made from the source file, so the id survives a new domain, base path or permalink pattern. */
    private static String entryId(Article article) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("broadsheet:" + article.source()).getBytes(StandardCharsets.UTF_8));
    }

    private String outputPathOf(Object to) {
        String target;
        if (to instanceof Article article) {
            target = urls.articlePath(article);
        } else if (to instanceof Page page) {
            target = urls.pagePath(page);
        } else if (to instanceof Tag tag) {
            target = urls.tagPath(tag.slug(), 1);
        } else if (to instanceof dev.broadsheet.site.Archive.Year year) {
            target = urls.yearPath(year.year(), 1);
        } else if (to instanceof dev.broadsheet.site.Archive.Month month) {
            target = urls.monthPath(month.year(), month.month(), 1);
        } else if (to instanceof String path && isExternal(path)) {
            target = path;
        } else if (to instanceof String path && !path.isEmpty()) {
            target = Urls.fileOf(path.startsWith("/") ? path.substring(1) : path);
        } else {
            throw new IllegalArgumentException("url() takes an article, a page, a tag or an output path, got " + to);
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

    /** A rendered partial and what it read of the articles, added to the reads of every page it goes into. */
    private record Fragment(String html, ArticleReads reads) {
    }

    /**
     * {@code cached(template, item)}: the partial {@code template} rendered with the variable
     * {@code item}, reused while {@code item} is the same object on the same page. Objects of the
     * site are immutable and an edit replaces those it changes (the month of an edited article, not
     * the others), so a reused partial is what rendering it again would give — provided it uses only
     * {@code item}, {@code path} and site-wide values. Escaping is the partial's own, as for any include.
     */
    private Function cached() {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                String template = String.valueOf(args.get("template"));
                Object item = args.get("item");
                Map<Object, Fragment> known = fragments.computeIfAbsent(template + "\u0000" + context.getVariable(PATH_VARIABLE),
                        key -> java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>()));
                Fragment fragment = known.get(item);
                if (fragment == null) {
                    ArticleReads reads = new ArticleReads();
                    java.io.StringWriter html = new java.io.StringWriter();
                    Map<String, Object> variables = new java.util.HashMap<>();
                    variables.put("item", item);
                    variables.put(READS_VARIABLE, reads);
                    try {
                        ((io.pebbletemplates.pebble.template.PebbleTemplateImpl) self).includeTemplate(html,
                                (io.pebbletemplates.pebble.template.EvaluationContextImpl) context, template, variables);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    fragment = new Fragment(html.toString(), reads);
                    if (known.size() > 100_000) {
                        known.clear(); // a long serve session: forget objects the site no longer has
                    }
                    known.put(item, fragment);
                }
                if (context.getVariable(READS_VARIABLE) instanceof ArticleReads page) {
                    page.addAll(fragment.reads());
                }
                return new SafeString(fragment.html());
            }

            @Override
            public List<String> getArgumentNames() {
                return List.of("template", "item");
            }
        };
    }

    private static Site siteOf(EvaluationContext context) {
        return (Site) context.getVariable(SITE_VARIABLE);
    }

    /**
     * Notes every article a template reads a value of, directly ({@code item.title}) or through a
     * function ({@code readingMinutes(item)}): the page depends on it. Resolves nothing itself.
     */
    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of((instance, attribute, arguments, argumentsNode, context, file, line) -> {
            if (instance instanceof Article article) {
                recordRead(article, ArticleReads.bitsOf(String.valueOf(attribute)), context);
            }
            return null;
        });
    }

    private static void recordRead(Article article, long bits, EvaluationContext context) {
        if (context.getVariable(READS_VARIABLE) instanceof ArticleReads reads) {
            reads.record(article, bits);
        }
    }

    private interface Body {
        Object apply(Map<String, Object> args, EvaluationContext context);
    }

    /** A function that reads the values {@code reads} ({@link ArticleReads} bits) of an article given to it. */
    private static Function function(List<String> argumentNames, long reads, Body body) {
        return new Function() {
            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                for (Object argument : args.values()) {
                    if (argument instanceof Article article) {
                        recordRead(article, reads, context);
                    }
                }
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
