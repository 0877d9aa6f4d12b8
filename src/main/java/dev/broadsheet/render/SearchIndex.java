package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.broadsheet.Parallel;
import dev.broadsheet.SameObjects;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index, in shards a query loads a few of, each a script (loaded with a {@code <script>}
 * tag it works from {@code file://}, where fetching JSON is blocked):
 * <ul>
 * <li>{@code search-index.js}, the manifest: how many articles, the stemmer, and the first stem of
 * each term shard;
 * <li>{@code search/terms/N.js}: stems in sorted order, cut where a shard reaches {@value #TERMS_SIZE}
 * bytes, each with the words it stems from and its postings;
 * <li>{@code search/excerpts/K.js}: title, link, dates, summary and text of {@value #GROUP} articles,
 * loaded only for results shown.
 * </ul>
 * An article's number is its place among the published articles, newest first, so the lower of two
 * equal scores is the newer. A posting is the gap from the previous article's number and the
 * article's score for the stem ({@link #score}), as one number in {@link #DIGITS}.
 *
 * <p>Each article's words and excerpt are made once, in parallel, and kept while the article is the
 * same object; a shard whose bytes did not change is the same output as last time.
 */
final class SearchIndex {

    /** Articles per excerpt shard: a page of ten results loads ten shards at most (about 45 KB at 4 KB an article), as Pagefind loads a fragment per result. */
    static final int GROUP = 1;
    /** Bytes after which a term shard is cut: a two-word query loads a few of them. */
    static final int TERMS_SIZE = 16 * 1024;
    /** Digits of the postings: the first 32 end a number, the last 32 say more follow (five bits each, most significant first). */
    static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] DIGIT_BYTES = DIGITS.getBytes(StandardCharsets.US_ASCII);
    private static final int TITLE = SearchWords.TITLE;
    private static final int TAG = SearchWords.TAG;
    private static final int SUMMARY = SearchWords.SUMMARY;
    private static final int COUNT = SearchWords.COUNT;
    private static final int MOST_COUNTED = SearchWords.MOST_COUNTED;

    private final Urls urls;
    private final DateTimeFormatter dateFormat;
    private final SearchWords words;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The outputs last made, to be made again as the same objects where their bytes are the same. */
    private volatile Made last = new Made(List.of(), List.of(), Map.of());
    /** The postings last made, kept to be updated. */
    private Postings postings;

    SearchIndex(Urls urls, DateTimeFormatter dateFormat, SearchWords words) {
        this.urls = urls;
        this.dateFormat = dateFormat;
        this.words = words;
    }

    /**
     * One article as the index holds it: its distinct words, what each is to the article
     * ({@link #TITLE}, {@link #TAG}, {@link #SUMMARY} and {@link #COUNT} times its occurrences in the
     * text, at most {@value #MOST_COUNTED}), and its excerpt entry.
     */
    record Doc(String[] words, byte[] marks, byte[] excerpt) {

        /** As the build cache keeps it: the words, then the marks, a line each, then the excerpt. */
        byte[] bytes() {
            byte[] list = String.join(" ", words).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[list.length + 1 + marks.length + 1 + excerpt.length];
            System.arraycopy(list, 0, all, 0, list.length);
            all[list.length] = '\n';
            for (int i = 0; i < marks.length; i++) {
                all[list.length + 1 + i] = (byte) ('0' + marks[i]);
            }
            all[list.length + 1 + marks.length] = '\n';
            System.arraycopy(excerpt, 0, all, list.length + marks.length + 2, excerpt.length);
            return all;
        }

        static Doc of(byte[] bytes) {
            int end = indexOf(bytes, 0);
            String list = new String(bytes, 0, end, StandardCharsets.UTF_8);
            String[] words = list.isEmpty() ? new String[0] : list.split(" ");
            byte[] marks = new byte[words.length];
            for (int i = 0; i < marks.length; i++) {
                marks[i] = (byte) (bytes[end + 1 + i] - '0');
            }
            int from = end + 1 + marks.length + 1;
            return new Doc(words, marks, Arrays.copyOfRange(bytes, from, bytes.length));
        }

        private static int indexOf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    return i;
                }
            }
            throw new IllegalArgumentException("not a search entry");
        }
    }

    /** An article's entry, valid while the article is this very object (articles are immutable). */
    private record Entry(Article article, Doc doc) {
    }

    /** What was made last: the docs of each excerpt shard and its output, and every other output by path. */
    private record Made(List<List<Doc>> groups, List<Output> excerpts, Map<String, Output> byPath) {
    }

    /** The score of a mark: title and tag hits first, then the summary, then how often the text has it. */
    static int score(int mark) {
        return ((mark & TITLE) != 0 ? 10 : 0) + ((mark & TAG) != 0 ? 8 : 0) + ((mark & SUMMARY) != 0 ? 3 : 0) + mark / COUNT;
    }

    /** The manifest first, then the term shards in order, then the excerpt shards in order. */
    List<Output> of(Site site, SearchEntries kept) {
        List<Article> articles = site.articles();
        List<Doc> docs = Parallel.map(articles, article -> doc(article, site, kept));
        if (entries.size() > articles.size()) {
            Set<String> published = new HashSet<>();
            articles.forEach(a -> published.add(a.source()));
            entries.keySet().retainAll(published);
        }
        Made previous = last;
        List<Output> outputs = new ArrayList<>();
        Map<String, Output> byPath = new HashMap<>();
        Postings known = postings;
        if (known == null || !known.update(docs)) {
            known = new Postings(docs);
        }
        postings = known;
        List<TermShard> shards = known.shards();
        List<String> firsts = new ArrayList<>();
        for (int n = 0; n < shards.size(); n++) {
            firsts.add(shards.get(n).first());
            outputs.add(same(previous, urls.searchTermsPath(n), shards.get(n).bytes(), byPath));
        }
        outputs.add(0, same(previous, urls.searchIndexPath(), manifest(articles.size(), firsts), byPath));
        List<List<Doc>> groups = new ArrayList<>();
        List<Output> excerpts = new ArrayList<>();
        for (int k = 0; k * GROUP < docs.size(); k++) {
            List<Doc> group = docs.subList(k * GROUP, Math.min(docs.size(), (k + 1) * GROUP));
            Output output = k < previous.groups().size() && SameObjects.inOrder(previous.groups().get(k), group)
                    ? previous.excerpts().get(k) : excerptShard(urls.searchExcerptsPath(k), k, group);
            groups.add(List.copyOf(group));
            excerpts.add(output);
        }
        outputs.addAll(excerpts);
        last = new Made(groups, excerpts, byPath);
        return outputs;
    }

    /** Last build's output at {@code path} when it had these bytes, else a new one. */
    private static Output same(Made previous, String path, byte[] bytes, Map<String, Output> byPath) {
        Output before = previous.byPath().get(path);
        Output output = before != null && before.parts().size() == 1 && Arrays.equals(before.parts().get(0), bytes)
                ? before : Output.encoded(path, bytes, "search index");
        byPath.put(path, output);
        return output;
    }

    private Doc doc(Article article, Site site, SearchEntries kept) {
        Entry known = entries.get(article.source());
        if (known != null && known.article() == article) {
            return known.doc();
        }
        Doc doc = kept.find(article).map(Doc::of).orElseGet(() -> {
            Doc made = made(article, site);
            if (kept.keeps()) {
                kept.made(article, made.bytes());
            }
            return made;
        });
        entries.put(article.source(), new Entry(article, doc));
        return doc;
    }

    private Doc made(Article article, Site site) {
        SearchWords.Tally tally = words.tally(article.title(), article.tags(), article.summary(), article.text());
        return new Doc(tally.words(), tally.marks(), excerpt(article, site));
    }

    /** What a result shows: title, link (relative to the search page), ISO date, date as shown, summary, text. */
    private byte[] excerpt(Article article, Site site) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(article.text().length() + 256);
        try (JsonGenerator json = JSON.createGenerator(out).setCharacterEscapes(JsonLd.SCRIPT_SAFE)) {
            json.writeStartArray();
            json.writeString(nfc(article.title()));
            json.writeString(urls.href(urls.searchPath(), site.pathOf(article)));
            json.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(article.published()));
            json.writeString(dateFormat.format(article.published()));
            json.writeString(nfc(article.summary()));
            json.writeString(nfc(article.text()));
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A stem's words (besides the stem itself) and postings, in the order of the articles' numbers. */
    private static final class Term {
        final String stem;
        final TreeSet<String> forms = new TreeSet<>();
        int[] ids = new int[4];
        byte[] marks = new byte[4];
        int size;
        /** Its entry as the shard holds it, made again when it changed. */
        byte[] bytes;

        Term(String stem) {
            this.stem = stem;
        }

        /** Adds the mark of a word of this stem in article {@code id}, merged with the article's other words of it. */
        void put(int id, int mark) {
            int at = size > 0 && ids[size - 1] < id ? -size - 1 : Arrays.binarySearch(ids, 0, size, id);
            bytes = null;
            if (at >= 0) {
                int was = marks[at];
                int count = Math.min(MOST_COUNTED, was / COUNT + mark / COUNT);
                marks[at] = (byte) ((was | mark) % COUNT + count * COUNT);
                return;
            }
            int place = -at - 1;
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                marks = Arrays.copyOf(marks, size * 2);
            }
            System.arraycopy(ids, place, ids, place + 1, size - place);
            System.arraycopy(marks, place, marks, place + 1, size - place);
            ids[place] = id;
            marks[place] = (byte) mark;
            size++;
        }

        /** Adds the postings and forms of {@code later}, all of articles after this one's. */
        void append(Term later) {
            ids = Arrays.copyOf(ids, size + later.size);
            marks = Arrays.copyOf(marks, size + later.size);
            System.arraycopy(later.ids, 0, ids, size, later.size);
            System.arraycopy(later.marks, 0, marks, size, later.size);
            size += later.size;
            forms.addAll(later.forms);
            bytes = null;
        }

        void remove(int id) {
            int at = Arrays.binarySearch(ids, 0, size, id);
            if (at >= 0) {
                System.arraycopy(ids, at + 1, ids, at, size - at - 1);
                System.arraycopy(marks, at + 1, marks, at, size - at - 1);
                size--;
                bytes = null;
            }
        }

        /** {@code "stem","forms","postings"} */
        byte[] bytes() {
            if (bytes != null) {
                return bytes;
            }
            StringBuilder head = new StringBuilder(stem.length() + 16).append('"').append(stem).append("\",\"");
            boolean first = true;
            for (String form : forms) {
                if (!first) {
                    head.append(' ');
                }
                head.append(form);
                first = false;
            }
            byte[] start = head.append("\",\"").toString().getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + size * 4 + 1]; // a gap of up to 2^15 articles takes four digits
            System.arraycopy(start, 0, all, 0, start.length);
            int at = start.length;
            int previous = -1;
            for (int i = 0; i < size; i++) {
                long value = (long) (ids[i] - previous) * 32 + score(marks[i]);
                previous = ids[i];
                int digits = 1;
                for (long rest = value >>> 5; rest > 0; rest >>>= 5) {
                    digits++;
                }
                if (at + digits + 1 > all.length) {
                    all = Arrays.copyOf(all, Math.max(all.length * 2, at + digits + 1));
                }
                for (int d = digits - 1; d >= 0; d--) {
                    int five = (int) ((value >>> (5 * d)) & 31);
                    all[at++] = DIGIT_BYTES[d == 0 ? five : 32 + five];
                }
            }
            all[at++] = '"';
            bytes = Arrays.copyOf(all, at);
            return bytes;
        }
    }

    /**
     * Every stem of the articles with its postings. A rebuild after a few articles changed in
     * place (the same number of articles, the others the very same) takes those articles' words
     * out and puts the new ones in; anything else is indexed anew. Both give the same postings.
     */
    private final class Postings {
        final List<Doc> docs;
        final Map<String, Term> byWord = new HashMap<>();
        final Map<String, Term> byStem = new HashMap<>();
        /** How many articles have each word (a word no article has any more is no stem's form); counted at the first update. */
        Map<String, int[]> articlesWith;
        List<Term> sorted = List.of();
        /** The last shards and their entries: a shard of the very same entries is the very same shard. */
        List<List<byte[]>> shardEntries = List.of();
        List<TermShard> lastShards = List.of();

        /** Indexes {@code docs} in parts, one per thread, joined in the order of the articles. */
        Postings(List<Doc> docs) {
            this.docs = new ArrayList<>(docs);
            int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size() / 1000));
            List<Integer> starts = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                starts.add(p * docs.size() / parts);
            }
            List<Map<String, Term>> indexed = Parallel.map(starts, start -> {
                int end = starts.indexOf(start) + 1 < parts ? starts.get(starts.indexOf(start) + 1) : docs.size();
                Map<String, Term> byStem = new HashMap<>();
                Map<String, Term> byWord = new HashMap<>();
                for (int id = start; id < end; id++) {
                    Doc doc = docs.get(id);
                    for (int i = 0; i < doc.words().length; i++) {
                        termOf(doc.words()[i], byWord, byStem).put(id, doc.marks()[i]);
                    }
                }
                return byStem;
            });
            for (Map<String, Term> part : indexed) {
                part.forEach((stem, term) -> {
                    Term whole = byStem.putIfAbsent(stem, term);
                    if (whole != null) {
                        whole.append(term);
                    }
                });
            }
            byStem.values().forEach(term -> {
                byWord.put(term.stem, term);
                term.forms.forEach(form -> byWord.put(form, term));
            });
            sort();
        }

        private void count() {
            articlesWith = new HashMap<>();
            for (Doc doc : docs) {
                for (String word : doc.words()) {
                    articlesWith.computeIfAbsent(word, w -> new int[1])[0]++;
                }
            }
        }

        /** These postings made those of {@code now}, if few of its articles changed; else false. */
        boolean update(List<Doc> now) {
            if (now.size() != docs.size()) {
                return false;
            }
            List<Integer> changed = new ArrayList<>();
            for (int id = 0; id < now.size(); id++) {
                if (now.get(id) != docs.get(id)) {
                    changed.add(id);
                    if (changed.size() > 8 + now.size() / 16) {
                        return false;
                    }
                }
            }
            if (articlesWith == null) {
                count();
            }
            int stems = byStem.size();
            boolean gone = false;
            for (int id : changed) {
                gone |= replace(id, docs.get(id), now.get(id));
                docs.set(id, now.get(id));
            }
            if (gone || byStem.size() != stems) {
                sort();
            }
            return true;
        }

        /** The term of {@code word} in these maps, made (and the word made one of its forms) the first time. */
        private Term termOf(String word, Map<String, Term> byWord, Map<String, Term> byStem) {
            Term term = byWord.get(word);
            if (term == null) {
                String stem = words.stem(word);
                term = byStem.computeIfAbsent(stem, Term::new);
                if (!stem.equals(word)) {
                    term.forms.add(word);
                    term.bytes = null;
                }
                byWord.put(word, term);
            }
            return term;
        }

        /**
         * Article {@code id} is {@code now} where it was {@code was}: only the stems of words whose
         * marks differ are touched, so most stems keep their entry. Whether a stem went.
         */
        private boolean replace(int id, Doc was, Doc now) {
            Map<String, Integer> before = new HashMap<>();
            for (int i = 0; i < was.words().length; i++) {
                before.put(was.words()[i], (int) was.marks()[i]);
            }
            Set<Term> touched = Collections.newSetFromMap(new IdentityHashMap<>());
            List<String> left = new ArrayList<>(before.keySet());
            for (int i = 0; i < now.words().length; i++) {
                String word = now.words()[i];
                Integer mark = before.get(word);
                if (mark == null) {
                    articlesWith.computeIfAbsent(word, w -> new int[1])[0]++;
                }
                if (mark == null || mark != now.marks()[i]) {
                    touched.add(termOf(word, byWord, byStem));
                }
            }
            Set<String> kept = new HashSet<>(Arrays.asList(now.words()));
            boolean gone = false;
            for (String word : left) {
                if (kept.contains(word)) {
                    continue;
                }
                Term term = byWord.get(word);
                touched.add(term);
                int[] count = articlesWith.get(word);
                if (--count[0] == 0) {
                    articlesWith.remove(word);
                    byWord.remove(word);
                    term.forms.remove(word);
                    term.bytes = null;
                }
            }
            touched.forEach(term -> term.remove(id));
            for (int i = 0; i < now.words().length; i++) {
                Term term = byWord.get(now.words()[i]);
                if (touched.contains(term)) {
                    term.put(id, now.marks()[i]);
                }
            }
            for (Term term : touched) {
                if (term.size == 0) {
                    byStem.remove(term.stem);
                    gone = true;
                }
            }
            return gone;
        }

        private void sort() {
            List<Term> terms = new ArrayList<>(byStem.values());
            terms.sort((a, b) -> a.stem.compareTo(b.stem));
            sorted = terms;
        }

        /** Every stem, sorted, in shards of about {@value #TERMS_SIZE} bytes. */
        List<TermShard> shards() {
            List<byte[]> encoded = Parallel.map(sorted, Term::bytes);
            List<Integer> starts = new ArrayList<>();
            int size = 0;
            for (int i = 0; i < encoded.size(); i++) {
                if (i == 0 || size + encoded.get(i).length > TERMS_SIZE) {
                    starts.add(i);
                    size = 0;
                }
                size += encoded.get(i).length + 1;
            }
            List<List<byte[]>> entries = new ArrayList<>(starts.size());
            List<TermShard> shards = new ArrayList<>(starts.size());
            for (int n = 0; n < starts.size(); n++) {
                int from = starts.get(n);
                List<byte[]> members = encoded.subList(from, n + 1 < starts.size() ? starts.get(n + 1) : encoded.size());
                boolean same = n < shardEntries.size() && SameObjects.inOrder(shardEntries.get(n), members);
                entries.add(members);
                shards.add(same ? lastShards.get(n)
                        : new TermShard(sorted.get(from).stem, joined("BROADSHEET_SEARCH.terms(" + n + ",[", members, "]);\n")));
            }
            shardEntries = entries;
            lastShards = shards;
            return shards;
        }
    }

    /** A term shard's first stem (which the manifest lists) and its bytes. */
    private record TermShard(String first, byte[] bytes) {
    }

    private static Output excerptShard(String path, int number, List<Doc> group) {
        return Output.encoded(path,
                joined("BROADSHEET_SEARCH.excerpts(" + number + ",[", group.stream().map(Doc::excerpt).toList(), "]);\n"), "search index");
    }

    private byte[] manifest(int count, List<String> firsts) {
        StringBuilder text = new StringBuilder("window.BROADSHEET_SEARCH={\"format\":2,\"articles\":").append(count)
                .append(",\"group\":").append(GROUP).append(",\"stemmer\":\"").append(words.stemmer()).append("\",\"shards\":[");
        for (int i = 0; i < firsts.size(); i++) {
            text.append(i > 0 ? ",\"" : "\"").append(firsts.get(i)).append('"');
        }
        return text.append("]};\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] joined(String start, List<byte[]> items, String end) {
        byte[] head = start.getBytes(StandardCharsets.US_ASCII);
        byte[] tail = end.getBytes(StandardCharsets.US_ASCII);
        int size = head.length + tail.length + Math.max(0, items.size() - 1);
        for (byte[] item : items) {
            size += item.length;
        }
        byte[] all = new byte[size];
        System.arraycopy(head, 0, all, 0, head.length);
        int at = head.length;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                all[at++] = ',';
            }
            System.arraycopy(items.get(i), 0, all, at, items.get(i).length);
            at += items.get(i).length;
        }
        System.arraycopy(tail, 0, all, at, tail.length);
        return all;
    }

    /** Most text is already NFC: checking is cheaper than normalizing. */
    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
