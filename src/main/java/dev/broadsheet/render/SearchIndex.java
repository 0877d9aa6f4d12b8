package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.broadsheet.content.Article;
import dev.broadsheet.site.Site;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;

/**
 * The search index as a script ({@code search-index.js}) that sets {@code window.BROADSHEET_SEARCH}:
 * loaded with a {@code <script>} tag it works from {@code file://}, where fetching JSON is blocked.
 * One compact array per article: title, link (relative to the search page), ISO date, date as
 * shown, tags, summary, body text. The text is stored as written (NFC) and folded (accents, case)
 * once in the browser, so excerpts keep their accents and the index is not stored twice.
 */
final class SearchIndex {

    private static final JsonFactory JSON = new JsonFactory();

    private SearchIndex() {
    }

    static String of(Site site, DateTimeFormatter dateFormat) {
        StringWriter out = new StringWriter();
        out.write("window.BROADSHEET_SEARCH=");
        String searchPage = site.urls().searchPath();
        try (JsonGenerator json = JSON.createGenerator(out).setCharacterEscapes(JsonLd.SCRIPT_SAFE)) {
            json.writeStartArray();
            for (Article article : site.articles()) {
                json.writeStartArray();
                json.writeString(nfc(article.title()));
                json.writeString(site.urls().href(searchPage, site.urls().articlePath(article)));
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
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.write(";\n");
        return out.toString();
    }

    /** Most text is already NFC: checking is cheaper than normalizing. */
    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
