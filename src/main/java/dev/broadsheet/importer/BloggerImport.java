package dev.broadsheet.importer;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.Slug;
import dev.broadsheet.config.SiteConfigLoader;
import dev.broadsheet.config.YamlReader;
import dev.broadsheet.markdown.Markdown;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code broadsheet import blogger}: a Blogger blog, from either export, into the site's
 * {@code content/}. The export is read twice, streaming: first to learn every post's name, date,
 * labels, old address and pictures (and to fail on a broken file before anything is written), then
 * to convert and write each body. The first pass keeps what it learnt of each post and every
 * comment whole (comments are short beside bodies); bodies are in memory a few at a time. Posts,
 * pages, comments, labels, pictures and every old address come over; the same export imported
 * again changes nothing.
 */
public final class BloggerImport {

    /** Pictures left remote for one reason are listed one by one up to this many, else counted. */
    private static final int REPORTED_ONE_BY_ONE = 10;

    private final YamlReader yaml = new YamlReader();
    private final BodyConverter converter = new BodyConverter(new Markdown());

    /** Imports without showing progress. */
    public ImportReport run(ImportOptions options) {
        return run(options, ImportProgress.silent());
    }

    /**
     * @throws BuildException when the export cannot be read, a time zone is missing, or the folder
     *     holds another blog's import; nothing is written then
     */
    public ImportReport run(ImportOptions options, ImportProgress progress) {
        try (ExportFile export = ExportFile.open(options.export(), options.blog())) {
            return new Run(options, export, progress).run();
        } finally {
            progress.end();
        }
    }

    /** One import, from first reading to report. */
    private final class Run {
        private final ImportOptions options;
        private final ExportFile export;
        private final ImportProgress progress;
        private final List<String> warnings = new ArrayList<>();
        private final List<Scanned> entries = new ArrayList<>();
        private final Map<String, List<BloggerEntry>> commentsByPost = new LinkedHashMap<>();
        private final Set<String> keys = new HashSet<>();
        private int trashed;
        private int spam;
        private int commentsOnPages;
        private int commentsOfNothing;
        private final Map<ContentFiles.Outcome, Integer> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        /** The warnings of each post's files, by path: written on several cores, reported in path order. */
        private final Map<String, List<String>> fileWarnings = new java.util.concurrent.ConcurrentSkipListMap<>();

        Run(ImportOptions options, ExportFile export, ImportProgress progress) {
            this.options = options;
            this.export = export;
            this.progress = progress;
        }

        ImportReport run() {
            List<BloggerEntry> comments = new ArrayList<>();
            FeedInfo feed = read("Reading", entry -> scan(entry, comments));
            SiteSettings site = SiteSettings.read(options.source(), yaml);
            ZoneId zone = zone(feed, site);
            ImportState state = ImportState.read(options.source());
            checkSameBlog(state, feed);
            state.blog(feed.blogId());
            ContentFiles files = new ContentFiles(options.source(), state, options.dryRun(), options.force());
            ImportPlan plan = ImportPlan.of(entries, zone, site.permalink(), state,
                    path -> files.exists(path) && state.findHash(path).isEmpty());
            plan.items().forEach(item -> state.file(item.key(), item.path()));
            groupComments(comments, plan);
            java.time.Instant now = options.clock().instant();
            BloggerUrls blog = new BloggerUrls(List.of(feed.blogUrl(), options.blogUrl().orElse("")), feed.setting("BLOG_SUBDOMAIN"));
            if (!blog.knowsTheBlog()) {
                warnings.add("the export does not say the blog's address, so links between posts keep their old addresses — "
                        + "give it with --blog-url https://yourblog.blogspot.com/");
            }
            Map<String, ImageStore.Placed> pictures = new ImageStore(export, files, state, options.download(), options.dryRun(),
                    options.fetchAddress(), progress).bring(entries.stream().flatMap(s -> s.pictures().stream()).toList());
            files.writeState(); // the names first: an interrupted import finds them, and adopts what it wrote
            Posts posts = new Posts(zone, commentsByPost, pictures, OldAddresses.of(plan, blog, zone, now, commentsByPost),
                    feed.setting("BLOG_CONVERT_LINE_BREAKS").equals("true"));
            Set<String> done = new HashSet<>();
            try (BoundedWork work = new BoundedWork()) {
                read("Writing", entry -> plan.find(ImportPlan.key(entry)).filter(item -> item.entry().id().equals(entry.id()))
                        .filter(item -> done.add(item.key())).ifPresent(item -> work.submit(() -> write(item, entry, posts, files))));
                work.finish();
            }
            fileWarnings.values().forEach(warnings::addAll);
            int redirects = writeRedirects(plan, files) + (int) plan.items().stream().filter(i -> !i.entry().oldUrl().isEmpty()).count();
            List<String> notes = new ArrayList<>();
            writeSiteSettings(feed, site, zone, plan, ImageStore.remoteOrigins(pictures.values()), files);
            writeAuthors(plan, files);
            writeForwarding(blog, site, files, notes);
            files.writeState();
            return report(feed, zone, plan, now, pictures, redirects, notes);
        }

        private FeedInfo read(String pass, Consumer<BloggerEntry> each) {
            int[] count = {0};
            try (BufferedInputStream in = export.openFeed()) {
                List<Problem> skipped = new ArrayList<>();
                FeedInfo feed = new BloggerFeedReader().read(in, export.name(), entry -> {
                    progress.entries(pass, ++count[0]);
                    each.accept(entry);
                }, skipped::add);
                if (pass.equals("Reading")) {
                    skipped.forEach(p -> warnings.add(p.toString()));
                }
                return feed;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + export.name() + ": " + e.getMessage(), e);
            }
        }

        private void scan(BloggerEntry entry, List<BloggerEntry> comments) {
            switch (entry.kind()) {
                case POST, PAGE -> {
                    if (entry.status() == BloggerEntry.Status.TRASHED) {
                        trashed++;
                    } else if (!keys.add(ImportPlan.key(entry))) {
                        warnings.add(entry.describe() + ": appears twice in the export; the first is imported");
                    } else {
                        entries.add(Scanned.of(entry));
                    }
                }
                case COMMENT -> {
                    if (entry.status() == BloggerEntry.Status.SPAM) {
                        spam++;
                    } else if (entry.status() == BloggerEntry.Status.TRASHED) {
                        trashed++;
                    } else {
                        comments.add(entry);
                    }
                }
                default -> {
                    // the template, settings (read into FeedInfo) and anything else never become content
                }
            }
        }

        private ZoneId zone(FeedInfo feed, SiteSettings site) {
            Optional<String> named = options.timeZone().map(ZoneId::getId)
                    .or(() -> Optional.of(feed.setting("BLOG_TIME_ZONE")).filter(z -> !z.isBlank()))
                    .or(site::timeZone);
            if (named.isEmpty()) {
                throw new BuildException(Problem.of(export.name(), "a " + feed.format().description + " does not say the blog's time zone, "
                        + "which decides each post's date — give it with --time-zone, such as --time-zone Europe/Rome"));
            }
            try {
                return ZoneId.of(named.get());
            } catch (DateTimeException e) {
                throw new BuildException(Problem.of(export.name(), "the time zone \"" + named.get() + "\" is not one — use a name such as Europe/Rome"));
            }
        }

        private void checkSameBlog(ImportState state, FeedInfo feed) {
            if (!state.blog().isEmpty() && !state.blog().equals(feed.blogId()) && !options.force()) {
                throw new BuildException(Problem.of(ImportState.FILE, "records an import of another blog (" + state.blog() + "), and "
                        + export.name() + " is " + feed.blogId() + " — import it into another site folder, or add --force to mix them"));
            }
        }

        private void groupComments(List<BloggerEntry> comments, ImportPlan plan) {
            Map<String, String> postsByNumber = new java.util.HashMap<>();
            plan.items().forEach(item -> postsByNumber.put(item.entry().number(), item.key()));
            for (BloggerEntry comment : comments) {
                String key = postsByNumber.get(BloggerEntry.numberOf(comment.parentPost()));
                if (key == null) {
                    commentsOfNothing++;
                } else if (key.startsWith("page-")) {
                    commentsOnPages++;
                } else {
                    commentsByPost.computeIfAbsent(key, k -> new ArrayList<>()).add(comment);
                }
            }
            if (commentsOnPages > 0) {
                warnings.add(commentsOnPages + " comments on pages were left out: Broadsheet shows comments on articles only");
            }
            if (commentsOfNothing > 0) {
                warnings.add(commentsOfNothing + " comments on posts that are not imported (trashed, or not in the export) were left out");
            }
        }

        /** Converts and writes one post's files; runs on any core. */
        private void write(ImportPlan.Item item, BloggerEntry entry, Posts posts, ContentFiles files) {
            List<String> concerns = new ArrayList<>();
            Map<String, String> made = posts.files(item, entry, converter, c -> concerns.add(item.entry().describe() + ": " + c));
            made.forEach((path, text) -> {
                ContentFiles.Outcome outcome = files.write(path, text);
                outcomes.merge(outcome, 1, Integer::sum);
                switch (outcome) {
                    case KEPT_EDITED -> concerns.add(path + " was edited since the last import and is kept as it is (--force overwrites it)");
                    case KEPT_DELETED -> concerns.add(path + " was deleted since the last import and is not made again (--force makes it)");
                    case KEPT_FOREIGN -> concerns.add(path + " is a file the import did not write, and is kept (--force overwrites it)");
                    default -> {
                    }
                }
            });
            if (!concerns.isEmpty()) {
                fileWarnings.put(item.path(), concerns);
            }
        }

        /** {@code content/redirects.yaml}: each label's old page to its tag page, the old feeds to the feed. */
        private int writeRedirects(ImportPlan plan, ContentFiles files) {
            SiteWideFiles.Redirects redirects = SiteWideFiles.redirects(plan, warnings::add);
            ContentFiles.Outcome outcome = files.write(dev.broadsheet.content.Redirect.FILE, redirects.text());
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome == ContentFiles.Outcome.KEPT_FOREIGN || outcome == ContentFiles.Outcome.KEPT_EDITED) {
                warnings.add(dev.broadsheet.content.Redirect.FILE + " is kept as it is, so the labels' and feeds' old addresses are not "
                        + "redirected — add --force to write it");
                return 0;
            }
            return redirects.count();
        }

        /**
         * {@code content/site.yaml} when there is none, allowing the origins of the pictures left on
         * other sites (the build refuses any other origin); with one, a warning naming them.
         */
        private void writeSiteSettings(FeedInfo feed, SiteSettings site, ZoneId zone, ImportPlan plan, List<String> remoteOrigins,
                                       ContentFiles files) {
            if (!site.exists()) {
                String text = SiteWideFiles.siteYaml(feed, options.language().orElse(feed.setting("BLOG_LOCALE")), zone, plan, remoteOrigins);
                outcomes.merge(files.write(SiteConfigLoader.SITE_FILE, text), 1, Integer::sum);
            } else if (!remoteOrigins.isEmpty()) {
                warnings.add("pictures stay on other sites, which the build refuses until content/site.yaml allows them: add "
                        + "allowedOrigins: [" + String.join(", ", remoteOrigins) + "], or import again where they can be downloaded");
            }
        }

        /**
         * {@code content/authors/<slug>.md} for each author the posts name: the name and the Blogger
         * profile, for the writer to complete with a role, a photo and a biography.
         */
        private void writeAuthors(ImportPlan plan, ContentFiles files) {
            java.util.Map<String, BloggerEntry.Author> authors = new java.util.TreeMap<>();
            plan.items().stream().filter(ImportPlan.Item::isArticle).map(item -> item.entry().author())
                    .filter(author -> !author.isNameless() && !Slug.of(author.name()).isEmpty())
                    .forEach(author -> authors.putIfAbsent(Slug.of(author.name()), author));
            authors.forEach((slug, author) -> {
                StringBuilder text = new StringBuilder("---\nname: ").append(YamlText.quoted(author.name().strip())).append('\n');
                if (author.uri().startsWith("https://") || author.uri().startsWith("http://")) {
                    text.append("website: ").append(YamlText.quoted(author.uri())).append('\n');
                }
                text.append("---\n");
                outcomes.merge(files.write(dev.broadsheet.content.Page.AUTHORS + slug + ".md", text.toString()), 1, Integer::sum);
            });
        }

        /** For a blog on blogspot, which Blogger keeps serving: the theme snippet that sends its readers on. */
        private void writeForwarding(BloggerUrls blog, SiteSettings site, ContentFiles files, List<String> notes) {
            if (!blog.onBlogspot()) {
                return;
            }
            String base = site.baseUrl().orElse("");
            if (base.isEmpty()) {
                warnings.add("content/site.yaml has no baseUrl, so " + BlogspotForwarding.FILE + " forwards to a placeholder address — "
                        + "set baseUrl and import again, or edit the snippet's first line");
            }
            ContentFiles.Outcome outcome = files.write(BlogspotForwarding.FILE, BlogspotForwarding.snippet(blog.blogspotAddress(), base));
            outcomes.merge(outcome, 1, Integer::sum);
            notes.add("Next: paste " + BlogspotForwarding.FILE + " into Blogger › Theme › Edit HTML, right after <head>, so that "
                    + blog.blogspotAddress() + " sends its readers to the new site (README: Leaving Blogger).");
        }

        private ImportReport report(FeedInfo feed, ZoneId zone, ImportPlan plan, java.time.Instant now,
                                    Map<String, ImageStore.Placed> pictures, int redirects, List<String> notes) {
            int posts = 0;
            int drafts = 0;
            int scheduled = 0;
            int pages = 0;
            Set<String> labels = new HashSet<>();
            for (ImportPlan.Item item : plan.items()) {
                BloggerEntry entry = item.entry();
                if (item.isArticle()) {
                    posts++;
                    entry.labels().forEach(l -> labels.add(Slug.of(l)));
                    if (entry.status() == BloggerEntry.Status.DRAFT) {
                        drafts++;
                    } else if (entry.published().orElseThrow().toInstant().isAfter(now)) {
                        scheduled++;
                    }
                } else {
                    pages++;
                }
                if (item.untitled()) {
                    warnings.add(entry.describe() + ": has no title; it is titled \u201c" + item.title() + "\u201d from its first sentence");
                }
            }
            int comments = commentsByPost.values().stream().mapToInt(List::size).sum();
            int removed = (int) commentsByPost.values().stream().flatMap(List::stream).filter(BloggerEntry::removed).count();
            Map<ImageStore.Placed.Source, Integer> bySource = new java.util.EnumMap<>(ImageStore.Placed.Source.class);
            pictures.values().forEach(p -> bySource.merge(p.source(), 1, Integer::sum));
            warnings.addAll(ImageStore.remoteWarnings(pictures.values(), REPORTED_ONE_BY_ONE));
            return new ImportReport(export.name(), feed.format().description, feed.title(), zone.getId(), options.dryRun(),
                    posts, drafts, scheduled, pages, trashed, comments, removed, spam, labels.size(),
                    bySource.getOrDefault(ImageStore.Placed.Source.ALBUM, 0), bySource.getOrDefault(ImageStore.Placed.Source.DOWNLOADED, 0),
                    bySource.getOrDefault(ImageStore.Placed.Source.EARLIER, 0), bySource.getOrDefault(ImageStore.Placed.Source.REMOTE, 0),
                    ImageStore.remoteHosts(pictures.values()), redirects, count(ContentFiles.Outcome.CREATED), count(ContentFiles.Outcome.UPDATED),
                    count(ContentFiles.Outcome.UNCHANGED), count(ContentFiles.Outcome.KEPT_EDITED) + count(ContentFiles.Outcome.KEPT_DELETED)
                            + count(ContentFiles.Outcome.KEPT_FOREIGN), warnings, notes);
        }

        private int count(ContentFiles.Outcome outcome) {
            return outcomes.getOrDefault(outcome, 0);
        }
    }}
