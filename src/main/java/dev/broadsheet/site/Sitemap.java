package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sitemap's entries: every canonical page worth listing — no 404, no page 2 of a list, no
 * redirects — with when it last changed. An article's entry, and when it last changed, are kept
 * from the last site while the article at its place is the same object, so a site of 10,000
 * articles lists them again without formatting 10,000 dates. One per renderer, one site at a time.
 */
public final class Sitemap {

    /** A page of the sitemap: its output path and when it last changed (ISO 8601), or empty when unknown. */
    public record Entry(String path, String lastModified) {

        Entry(String path, Optional<ZonedDateTime> lastModified) {
            this(path, lastModified.map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(""));
        }
    }

    private List<Article> articles = List.of();
    private Entry[] articleEntries = new Entry[0];
    /** Each article's last change as seconds and nanoseconds since the epoch, to compare without ZonedDateTime's. */
    private long[] updatedSeconds = new long[0];
    private int[] updatedNanos = new int[0];
    private List<Entry> last = List.of();
    private SiteIndex lastIndex;
    private List<Page> lastPages = List.of();
    private List<Page> lastDossiers = List.of();
    private List<Page> lastAuthors = List.of();

    /** The entries of {@code site}: the last list, the same object, when they are equal. */
    public synchronized List<Entry> of(Site site) {
        List<Article> now = site.articles();
        Entry[] entries = new Entry[now.size()];
        long[] seconds = new long[now.size()];
        int[] nanos = new int[now.size()];
        boolean same = now.size() == articles.size() && site.index() == lastIndex && dev.broadsheet.SameObjects.inOrder(lastPages, site.pages())
                && dev.broadsheet.SameObjects.inOrder(lastDossiers, site.dossierPages())
                && dev.broadsheet.SameObjects.inOrder(lastAuthors, site.authorDescriptions());
        for (int i = 0; i < entries.length; i++) {
            Article article = now.get(i);
            boolean kept = i < articles.size() && articles.get(i) == article;
            if (!kept) {
                Entry entry = new Entry(site.pathAt(i), Optional.of(article.updated()));
                kept = i < articles.size() && entry.equals(articleEntries[i]) && articles.get(i).updated().equals(article.updated());
                if (!kept) {
                    entries[i] = entry;
                    seconds[i] = article.updated().toEpochSecond();
                    nanos[i] = article.updated().getNano();
                    same = false;
                    continue;
                }
            }
            entries[i] = articleEntries[i];
            seconds[i] = updatedSeconds[i];
            nanos[i] = updatedNanos[i];
        }
        articles = now;
        if (same) {
            return last; // every entry, and what the lists' entries are worked out from, as last time
        }
        lastIndex = site.index();
        lastPages = site.pages();
        lastDossiers = site.dossierPages();
        lastAuthors = site.authorDescriptions();
        articleEntries = entries;
        updatedSeconds = seconds;
        updatedNanos = nanos;
        List<Entry> all = listed(site);
        if (!all.equals(last)) {
            last = all;
        }
        return last;
    }

    private List<Entry> listed(Site site) {
        Urls urls = site.urls();
        SiteIndex index = site.index();
        List<Entry> entries = new ArrayList<>(articleEntries.length + 500);
        int[] everyone = new int[articleEntries.length];
        for (int i = 0; i < everyone.length; i++) {
            everyone[i] = i;
        }
        Optional<ZonedDateTime> newest = lastUpdated(everyone, site);
        entries.add(new Entry(urls.homePath(1), newest));
        entries.addAll(List.of(articleEntries));
        entries.add(new Entry(urls.tagIndexPath(), newest));
        entries.add(new Entry(urls.archivePath(), newest));
        for (SiteIndex.YearGroup year : index.archive()) {
            int[] members = year.months().stream().flatMapToInt(m -> java.util.Arrays.stream(m.positions())).toArray();
            entries.add(new Entry(urls.yearPath(year.year(), 1), lastUpdated(members, site)));
            year.months().forEach(m -> entries.add(new Entry(urls.monthPath(m.year(), m.month(), 1), lastUpdated(m.positions(), site))));
        }
        index.tags().forEach(t -> entries.add(new Entry(urls.tagPath(t.slug(), 1), lastUpdated(t.positions(), site))));
        site.sections().forEach(section -> entries.add(new Entry(urls.sectionPath(section.slug(), 1), lastUpdated(section.articles()))));
        site.authors().forEach(author -> entries.add(new Entry(urls.authorPath(author.slug(), 1), lastUpdated(author.articles()))));
        for (Page page : site.pages()) {
            entries.add(new Entry(urls.pagePath(page), page.updated()));
        }
        for (Page page : site.dossierPages()) {
            entries.add(new Entry(urls.pagePath(page), page.updated()));
        }
        return entries;
    }

    /** The latest last change among {@code articles}, as feeds give it; none for no articles (a described author yet to sign one). */
    private static Optional<ZonedDateTime> lastUpdated(List<Article> articles) {
        return articles.isEmpty() ? Optional.empty() : Optional.of(Site.lastUpdated(articles));
    }

    /** The latest last change among the articles at {@code positions}; on equal instants, as {@code ZonedDateTime} orders them. */
    private Optional<ZonedDateTime> lastUpdated(int[] positions, Site site) {
        if (positions.length == 0) {
            return Optional.empty();
        }
        int best = positions[0];
        for (int position : positions) {
            long second = updatedSeconds[position];
            if (second > updatedSeconds[best] || second == updatedSeconds[best] && (updatedNanos[position] > updatedNanos[best]
                    || updatedNanos[position] == updatedNanos[best]
                    && site.articles().get(position).updated().compareTo(site.articles().get(best).updated()) > 0)) {
                best = position;
            }
        }
        return Optional.of(site.articles().get(best).updated());
    }
}
