package dev.broadsheet.content;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.SafeUrls;
import dev.broadsheet.Slug;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.YamlMapping;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.markdown.Markdown;
import dev.broadsheet.markdown.RenderedMarkdown;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parse stage: a {@link Source} becomes an {@link Article} or a {@link Page}. Pure and thread-safe. */
public final class ContentParser {

    static final List<String> ARTICLE_KEYS = List.of("title", "date", "updated", "author", "summary", "tags",
            "dateline", "image", "imageAlt", "imageCaption", "imageCredit", "section", "aliases", "draft", "slug", "layout", "toc", "corrections", "dossier", "part");
    static final List<String> PAGE_KEYS = List.of("title", "summary", "slug", "date", "updated", "draft", "layout", "aliases");
    private static final Pattern DATED_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

    private final SiteConfig config;
    private final YamlReader yaml;
    private final Markdown markdown;
    private final java.util.Set<String> layouts;
    private final BodyCleaner cleaner;
    private final CommentsParser comments;
    private final RedirectsParser redirects;

    /**
     * @param layouts the template names a {@code layout:} may name
     * @param cleaner the site's policy for HTML written in articles
     */
    public ContentParser(SiteConfig config, YamlReader yaml, Markdown markdown, java.util.Set<String> layouts, BodyCleaner cleaner) {
        this.config = config;
        this.yaml = yaml;
        this.markdown = markdown;
        this.layouts = java.util.Set.copyOf(layouts);
        this.cleaner = cleaner;
        this.comments = new CommentsParser(yaml, markdown, config.timeZone());
        this.redirects = new RedirectsParser(yaml);
    }

    /** @throws BuildException with every problem of this file */
    public Article parseArticle(Source source) {
        return parseArticle(source, Optional.empty());
    }

    /**
     * An article with the comments file read beside it, if there is one.
     *
     * @throws BuildException with every problem of the two files
     */
    public Article parseArticle(Source source, Optional<Source> commentsFile) {
        FrontMatter split = FrontMatter.split(source);
        FieldReader fields = fieldsOf(split, source);
        YamlMapping map = fields.map();
        List<Problem> problems = fields.problems();
        String title = requireTitle(fields, map);
        Matcher name = DATED_NAME.matcher(source.baseName());
        Optional<ZonedDateTime> published = fields.date("date", config.timeZone())
                .or(() -> name.matches() ? dateFromName(name.group(1), source, problems) : Optional.empty());
        if (published.isEmpty() && !map.has("date") && !name.matches()) {
            problems.add(new Problem(source.path(), map.lineOf("date"), "no date — add 'date: YYYY-MM-DD' or name the file YYYY-MM-DD-slug.md"));
        }
        String slug = slug(fields, map, name.matches() ? name.group(2) : source.baseName(), problems);
        ZonedDateTime updated = fields.date("updated", config.timeZone()).orElse(null);
        List<Correction> corrections = fields.corrections("corrections", config.timeZone());
        List<String> authors = List.copyOf(new LinkedHashSet<>(fields.list("author")));
        String author = String.join(", ", authors);
        String summary = fields.text("summary");
        List<String> tags = List.copyOf(new LinkedHashSet<>(fields.list("tags")));
        String dateline = fields.text("dateline");
        String image = fields.text("image");
        if (!image.isEmpty() && (!SafeUrls.isSafe(image) || image.startsWith("mailto:"))) {
            fields.problem("image", "'image' must be a path such as /images/foto.jpg or an http(s) URL, got \"" + image + "\"");
        }
        String section = fields.text("section");
        String dossier = dev.broadsheet.Slug.of(fields.text("dossier"));
        int part = 0;
        if (!fields.text("part").isEmpty()) {
            try {
                part = Integer.parseInt(fields.text("part"));
            } catch (NumberFormatException e) {
                part = -1;
            }
            if (part < 1) {
                fields.problem("part", "'part' must be the article's place in its dossier, 1 or more, got \"" + fields.text("part") + "\"");
            }
        }
        String layout = layout(fields, "article");
        boolean toc = !fields.text("toc").equals("false") && (fields.text("toc").isEmpty() || fields.flag("toc"));
        List<String> aliases = aliases(fields);
        boolean draft = fields.flag("draft");
        List<Comment> thread = List.of();
        try {
            thread = commentsFile.map(comments::parse).orElse(List.of());
        } catch (BuildException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        RenderedMarkdown body = rendered(source, split);
        ZonedDateTime date = published.orElseThrow();
        ZonedDateTime changed = updated == null ? date : updated;
        if (!corrections.isEmpty() && corrections.get(corrections.size() - 1).date().isAfter(changed)) {
            changed = corrections.get(corrections.size() - 1).date(); // a correction is an update
        }
        return new Article(source.path(), slug, title, date, changed,
                author.isEmpty() ? config.author() : author, authors.isEmpty() ? List.of(config.author()) : authors,
                map.has("author") ? map.lineOf("author") : 0, summary.isEmpty() ? body.summary() : summary, summary, tags,
                dateline, image, fields.text("imageAlt"), fields.text("imageCaption"), fields.text("imageCredit"), section, dossier, Math.max(0, part), aliases, draft, cleaner.clean(body.html(), body.hasRawHtml()), body.wordCount(), body.text(), body.headings(), body.links(), layout, toc, corrections, thread, map.without(ARTICLE_KEYS));
    }

    /** The body rendered; @throws BuildException naming the line of each of its flaws */
    private RenderedMarkdown rendered(Source source, FrontMatter split) {
        RenderedMarkdown body = markdown.render(split.body(), split.bodyFirstLine());
        if (!body.flaws().isEmpty()) {
            throw new BuildException(body.flaws().stream().map(flaw -> new Problem(source.path(), flaw.line(), flaw.message())).toList());
        }
        return body;
    }

    /** @throws BuildException with every problem of this file */
    public Page parsePage(Source source) {
        FrontMatter split = FrontMatter.split(source);
        FieldReader fields = fieldsOf(split, source);
        YamlMapping map = fields.map();
        List<Problem> problems = fields.problems();
        boolean author = Page.isAuthorFile(source.path());
        String title = author ? fields.text("name") : requireTitle(fields, map);
        if (author && title.isEmpty()) {
            problems.add(new Problem(source.path(), map.lineOf("name"), "an author needs a 'name' — add a line such as 'name: Anna Rossi'"));
        }
        String slug = slug(fields, map, source.baseName(), problems);
        String summary = fields.text("summary");
        Optional<ZonedDateTime> updated = fields.date("updated", config.timeZone()).or(() -> fields.date("date", config.timeZone()));
        boolean draft = fields.flag("draft");
        String layout = layout(fields, "page");
        List<String> aliases = aliases(fields);
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        RenderedMarkdown body = rendered(source, split);
        return new Page(source.path(), slug, title, summary.isEmpty() ? body.summary() : summary, updated, draft,
                cleaner.clean(body.html(), body.hasRawHtml()), body.links(), layout, aliases, map.without(PAGE_KEYS));
    }

    /** @throws BuildException with every problem of {@code content/redirects.yaml} */
    public List<Redirect> parseRedirects(Source file) {
        return redirects.parse(file);
    }

    /** The output paths of the old addresses in {@code aliases}. */
    private static List<String> aliases(FieldReader fields) {
        List<String> paths = new ArrayList<>();
        for (String alias : fields.list("aliases")) {
            AliasPaths.toPagePath(alias).ifPresentOrElse(paths::add,
                    () -> fields.problem("aliases", "alias \"" + alias + "\" " + AliasPaths.RULE));
        }
        return paths;
    }

    private String layout(FieldReader fields, String fallback) {
        String layout = fields.text("layout");
        if (layout.isEmpty()) {
            return fallback;
        }
        if (!layouts.contains(layout)) {
            fields.problem("layout", "unknown layout '" + layout + "' — there is no templates/" + layout
                    + ".peb; use one of " + String.join(", ", new java.util.TreeSet<>(layouts)));
            return fallback;
        }
        return layout;
    }

    private FieldReader fieldsOf(FrontMatter split, Source source) {
        return new FieldReader(yaml.readMapping(split.yaml(), source.path(), FrontMatter.YAML_FIRST_LINE), new ArrayList<>());
    }

    private static String requireTitle(FieldReader fields, YamlMapping map) {
        String title = fields.text("title");
        if (title.isEmpty()) {
            fields.problem("title", map.has("title") ? "'title' is empty — write the headline after 'title:'"
                    : "'title' is missing — add a line such as 'title: Il titolo dell’articolo' to the front matter");
        }
        return title;
    }

    private static String slug(FieldReader fields, YamlMapping map, String fromName, List<Problem> problems) {
        String given = fields.text("slug");
        String slug = Slug.of(given.isEmpty() ? fromName : given);
        if (slug.isEmpty()) {
            problems.add(new Problem(map.file(), map.lineOf("slug"),
                    "cannot make a URL slug from \"" + (given.isEmpty() ? fromName : given) + "\" — add 'slug:' with letters or digits"));
        }
        return slug;
    }

    private Optional<ZonedDateTime> dateFromName(String date, Source source, List<Problem> problems) {
        try {
            return Optional.of(LocalDate.parse(date).atStartOfDay(config.timeZone()));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(source.path(), 0, "the file name starts with \"" + date
                    + "\", which is not a real date — rename the file YYYY-MM-DD-slug.md or add 'date:'"));
            return Optional.empty();
        }
    }
}
