package dev.broadsheet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A built site's search index read back: the manifest, every term shard and every excerpt shard. */
public final class SearchFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /** A stem's entry: the words it stems from besides itself, and its postings (article number → score). */
    public record Term(List<String> forms, Map<Integer, Integer> postings) {
    }

    private final JsonNode manifest;
    private final Map<String, Term> terms = new LinkedHashMap<>();
    private final List<JsonNode> excerpts = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    private SearchFiles(Path site) {
        manifest = script(site.resolve("search-index.js"), "window.BROADSHEET_SEARCH=");
        files.add(site.resolve("search-index.js"));
        for (int n = 0; n < manifest.get("shards").size(); n++) {
            Path shard = site.resolve("search/terms/" + n + ".js");
            files.add(shard);
            JsonNode flat = script(shard, "BROADSHEET_SEARCH.terms(" + n + ",");
            for (int i = 0; i < flat.size(); i += 3) {
                String forms = flat.get(i + 1).asText();
                terms.put(flat.get(i).asText(), new Term(forms.isEmpty() ? List.of() : List.of(forms.split(" ")), decode(flat.get(i + 2).asText())));
            }
        }
        int group = manifest.get("group").asInt();
        for (int k = 0; k * group < manifest.get("articles").asInt(); k++) {
            Path shard = site.resolve("search/excerpts/" + k + ".js");
            files.add(shard);
            script(shard, "BROADSHEET_SEARCH.excerpts(" + k + ",").forEach(excerpts::add);
        }
    }

    public static SearchFiles of(Path site) {
        return new SearchFiles(site);
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** Every stem, in the order of the shards. */
    public Map<String, Term> terms() {
        return terms;
    }

    /** Each article's excerpt entry by its number: title, link, ISO date, date as shown, summary, text. */
    public List<JsonNode> excerpts() {
        return excerpts;
    }

    /** Every file of the index, the manifest first. */
    public List<Path> files() {
        return files;
    }

    private static Map<Integer, Integer> decode(String postings) {
        Map<Integer, Integer> decoded = new LinkedHashMap<>();
        long value = 0;
        int id = -1;
        for (char c : postings.toCharArray()) {
            int digit = DIGITS.indexOf(c);
            value = value * 32 + (digit % 32);
            if (digit < 32) {
                id += (int) (value / 32);
                decoded.put(id, (int) (value % 32));
                value = 0;
            }
        }
        return decoded;
    }

    /** The JSON between {@code start} and the closing {@code ;} (or {@code );}) of a shard. */
    private static JsonNode script(Path file, String start) {
        try {
            String text = Files.readString(file);
            if (!text.startsWith(start)) {
                throw new AssertionError(file + " does not start with " + start);
            }
            String body = text.substring(start.length(), text.lastIndexOf(';'));
            return JSON.readTree(body.endsWith(")") ? body.substring(0, body.length() - 1) : body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
