package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.broadsheet.Parallel;
import dev.broadsheet.content.Article;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Urls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index as a script ({@code search-index.js}) that sets {@code window.BROADSHEET_SEARCH}:
 * loaded with a {@code <script>} tag it works from {@code file://}, where fetching JSON is blocked.
 * One compact array per article: title, link (relative to the search page), ISO date, date as
 * shown, tags, summary, body text. The text is stored as written (NFC) and folded (accents, case)
 * once in the browser, so excerpts keep their accents and the index is not stored twice.
 *
 * <p>Each article's entry is made once, in parallel, and kept while the article is the same
 * object: a rebuild after one article changed makes one entry and joins the rest.
 */
final class SearchIndex {

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] START = "window.BROADSHEET_SEARCH=[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "];\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = {','};
    /** Articles per block of the index: a block is joined again only when one of its articles changed. */
    private static final int BLOCK = 256;

    private final Urls urls;
    private final DateTimeFormatter dateFormat;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    SearchIndex(Urls urls, DateTimeFormatter dateFormat) {
        this.urls = urls;
        this.dateFormat = dateFormat;
    }

    /** The blocks of the last index made: their articles (the very objects) and their joined entries. */
    private volatile List<Block> blocks = List.of();

    private record Block(List<Article> articles, byte[] json) {

        boolean holds(List<Article> others) {
            return dev.broadsheet.SameObjects.inOrder(articles, others);
        }
    }

    /** The index of {@code site}'s published articles, newest first, in parts: one per block of articles. */
    Output of(Site site, SearchEntries kept) {
        List<Article> articles = site.articles();
        List<Block> previous = blocks;
        int count = (articles.size() + BLOCK - 1) / BLOCK;
        Block[] now = new Block[count];
        List<Integer> stale = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            List<Article> members = articles.subList(n * BLOCK, Math.min(articles.size(), (n + 1) * BLOCK));
            if (n < previous.size() && previous.get(n).holds(members)) {
                now[n] = previous.get(n);
            } else {
                stale.add(n);
            }
        }
        List<Article> toMake = new ArrayList<>();
        stale.forEach(n -> toMake.addAll(articles.subList(n * BLOCK, Math.min(articles.size(), (n + 1) * BLOCK))));
        byte[][] made = Parallel.map(toMake, article -> entry(article, site, kept)).toArray(new byte[0][]);
        int at = 0;
        for (int n : stale) {
            List<Article> members = articles.subList(n * BLOCK, Math.min(articles.size(), (n + 1) * BLOCK));
            now[n] = new Block(List.copyOf(members), joined(made, at, at + members.size()));
            at += members.size();
        }
        List<byte[]> parts = new ArrayList<>(2 * count + 1);
        parts.add(START);
        for (int n = 0; n < count; n++) {
            if (n > 0) {
                parts.add(COMMA);
            }
            parts.add(now[n].json());
        }
        parts.add(END);
        blocks = List.of(now);
        if (!stale.isEmpty() && entries.size() > articles.size()) {
            java.util.Set<String> published = new java.util.HashSet<>();
            articles.forEach(a -> published.add(a.source()));
            entries.keySet().retainAll(published);
        }
        return Output.inParts(urls.searchIndexPath(), parts, "search index");
    }

    /** Entries {@code from} to {@code to}, comma-separated. */
    private static byte[] joined(byte[][] entries, int from, int to) {
        int size = to - from - 1;
        for (int i = from; i < to; i++) {
            size += entries[i].length;
        }
        byte[] json = new byte[size];
        int at = 0;
        for (int i = from; i < to; i++) {
            if (i > from) {
                json[at++] = ',';
            }
            System.arraycopy(entries[i], 0, json, at, entries[i].length);
            at += entries[i].length;
        }
        return json;
    }

    private byte[] entry(Article article, Site site, SearchEntries kept) {
        Entry known = entries.get(article.source());
        if (known != null && known.article() == article) {
            return known.json();
        }
        byte[] json = kept.find(article).orElseGet(() -> json(article, site));
        kept.made(article, json);
        entries.put(article.source(), new Entry(article, json));
        return json;
    }

    private byte[] json(Article article, Site site) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(article.text().length() + 512);
        String searchPage = urls.searchPath();
        try (JsonGenerator json = JSON.createGenerator(out).setCharacterEscapes(JsonLd.SCRIPT_SAFE)) {
            json.writeStartArray();
            json.writeString(nfc(article.title()));
            json.writeString(urls.href(searchPage, site.pathOf(article)));
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(article.published()));
            json.writeString(dateFormat.format(article.published()));
            json.writeStartArray();
            for (String tag : article.tags()) {
                json.writeString(nfc(tag));
            }
            json.writeEndArray();
            json.writeString(nfc(article.summary()));
            json.writeString(nfc(article.text()));
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An article's entry, valid while the article is this very object (articles are immutable). */
    private record Entry(Article article, byte[] json) {
    }

    /** Most text is already NFC: checking is cheaper than normalizing. */
    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
