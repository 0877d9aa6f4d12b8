package dev.broadsheet.importer;

import dev.broadsheet.Slug;
import dev.broadsheet.content.AliasPaths;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The files an import writes for the whole site: {@code content/redirects.yaml} and {@code content/site.yaml}. */
final class SiteWideFiles {

    private SiteWideFiles() {
    }

    /** The text of {@code content/redirects.yaml}, and how many old addresses it redirects. */
    record Redirects(String text, int count) {
    }

    /**
     * Each label's old page ({@code /search/label/Corea%20del%20Nord}, percent-encoded as Blogger
     * writes it) to its tag page, and the old feeds to the feed. Labels that make one file of the
     * site — differing only by case or Unicode normalisation, as on a case-blind disk — keep the
     * first spelling's address only.
     */
    static Redirects redirects(ImportPlan plan, Consumer<String> warnings) {
        Map<String, String> labels = new TreeMap<>();
        Set<String> files = new HashSet<>();
        for (ImportPlan.Item item : plan.items()) {
            if (!item.isArticle() || item.entry().status() == BloggerEntry.Status.DRAFT) {
                continue;
            }
            for (String label : item.entry().labels()) {
                String slug = Slug.of(label);
                String from = "/search/label/" + BloggerUrls.percentEncode(label);
                Optional<String> file = AliasPaths.toPagePath(from);
                if (slug.isEmpty()) {
                    continue;
                }
                if (file.isEmpty()) {
                    warnings.accept("label \u201c" + label + "\u201d: its old address cannot be a file of the site, so it is not redirected");
                } else if (files.add(file.get().toLowerCase(Locale.ROOT))) {
                    labels.put(from, "/tags/" + slug + "/");
                }
            }
        }
        StringBuilder text = new StringBuilder("""
                # Old addresses of the Blogger blog and where they lead on this site, written by `broadsheet import blogger`.
                # A label's page leads to its tag; the old feed addresses answer with a copy of the feed.
                /feeds/posts/default: /feed.xml
                /atom.xml: /feed.xml
                """);
        labels.forEach((from, to) -> text.append(YamlText.quoted(from)).append(": ").append(to).append('\n'));
        return new Redirects(text.toString(), labels.size() + 2);
    }

    /**
     * A {@code content/site.yaml} from the blog's settings: its name, description, language and
     * time zone, and as the site's author the one who wrote most posts.
     *
     * @param locale the blog's language as Blogger or the user names it ({@code it}, {@code pt_BR}), or empty
     * @param remoteOrigins the origins of the pictures left on other sites, which the site must allow
     */
    static String siteYaml(FeedInfo feed, String locale, ZoneId zone, ImportPlan plan, List<String> remoteOrigins) {
        Map<String, Integer> authors = new TreeMap<>();
        plan.items().forEach(i -> authors.merge(i.entry().author().name(), 1, Integer::sum));
        String author = "";
        int most = 0;
        for (Map.Entry<String, Integer> e : authors.entrySet()) { // of two as frequent, the first in alphabetical order
            if (!e.getKey().isBlank() && e.getValue() > most) {
                author = e.getKey();
                most = e.getValue();
            }
        }
        String language = locale.replace('_', '-').toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
        StringBuilder text = new StringBuilder("# Written by `broadsheet import blogger` from the blog's settings: change anything.\n");
        text.append("title: ").append(YamlText.quoted(feed.title().isBlank() ? "Blog" : feed.title())).append('\n');
        if (!feed.setting("BLOG_DESCRIPTION").isBlank()) {
            text.append("description: ").append(YamlText.quoted(feed.setting("BLOG_DESCRIPTION"))).append('\n');
        }
        text.append(language.isEmpty() ? "language: en  # the export does not say (give --language): it, en, fr…\n"
                : "language: " + language + "\n");
        text.append("timeZone: ").append(zone.getId()).append('\n');
        if (!author.isEmpty()) {
            text.append("author: ").append(YamlText.quoted(author)).append('\n');
        }
        if (!remoteOrigins.isEmpty()) {
            text.append("# Pictures the import could not bring over are still shown from these sites; readers' browsers contact them.\n")
                    .append("allowedOrigins: [").append(String.join(", ", remoteOrigins)).append("]\n");
        }
        return text.toString();
    }
}
