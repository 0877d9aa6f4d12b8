package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.broadsheet.content.Article;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Urls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
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

    private final Urls urls;
    private final DateTimeFormatter dateFormat;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    SearchIndex(Urls urls, DateTimeFormatter dateFormat) {
        this.urls = urls;
        this.dateFormat = dateFormat;
    }

    /** The index of {@code site}'s published articles, newest first. */
    Output of(Site site) {
        List<Article> articles = site.articles();
        byte[][] parts = articles.parallelStream().map(this::entry).toArray(byte[][]::new);
        int size = START.length + END.length + Math.max(0, articles.size() - 1);
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] index = new byte[size];
        System.arraycopy(START, 0, index, 0, START.length);
        int at = START.length;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                index[at++] = ',';
            }
            System.arraycopy(parts[i], 0, index, at, parts[i].length);
            at += parts[i].length;
        }
        System.arraycopy(END, 0, index, at, END.length);
        if (entries.size() > articles.size()) {
            java.util.Set<String> published = new java.util.HashSet<>();
            articles.forEach(a -> published.add(a.source()));
            entries.keySet().retainAll(published);
        }
        return Output.encoded(urls.searchIndexPath(), index, "search index");
    }

    private byte[] entry(Article article) {
        Entry known = entries.get(article.source());
        if (known != null && known.article() == article) {
            return known.json();
        }
        byte[] json = json(article);
        entries.put(article.source(), new Entry(article, json));
        return json;
    }

    private byte[] json(Article article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(article.text().length() + 512);
        String searchPage = urls.searchPath();
        try (JsonGenerator json = JSON.createGenerator(out).setCharacterEscapes(JsonLd.SCRIPT_SAFE)) {
            json.writeStartArray();
            json.writeString(nfc(article.title()));
            json.writeString(urls.href(searchPage, urls.articlePath(article)));
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
