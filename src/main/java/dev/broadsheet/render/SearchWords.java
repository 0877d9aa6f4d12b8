package dev.broadsheet.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;

/**
 * How the search index cuts text into words and stems them; {@code js/search.js} does exactly the
 * same to a query (a test runs both on the same word lists). A word is a run of letters, digits and
 * combining marks; it is folded (decomposed, accents dropped, lower case) on its own, so "Città" and
 * "CITTA" are both "citta"; then Snowball stems it in the site's language, Italian or English (the
 * stemmers are Lucene's, of the Snowball version the browser's copy is generated from). Other
 * languages are folded but not stemmed.
 *
 * <p>Thread-safe: each thread stems with its own stemmer, and each word is stemmed once.
 */
public final class SearchWords {

    /** Longer runs are no words a reader types: codes, run-together links. */
    static final int LONGEST = 40;

    private final String stemmer;
    private final Optional<ThreadLocal<SnowballStemmer>> stemmers;
    private final Map<String, String> stems = new ConcurrentHashMap<>();
    private final ThreadLocal<WordTable> tables = ThreadLocal.withInitial(WordTable::new);

    private SearchWords(String stemmer, Optional<Supplier<SnowballStemmer>> make) {
        this.stemmer = stemmer;
        this.stemmers = make.map(ThreadLocal::withInitial);
    }

    /** The words of a site in {@code language} (a BCP 47 tag: {@code it}, {@code en-GB}…). */
    public static SearchWords forLanguage(String language) {
        String stemmer = stemmerFor(language);
        return switch (stemmer) {
            case "italian" -> new SearchWords(stemmer, Optional.of(ItalianStemmer::new));
            case "english" -> new SearchWords(stemmer, Optional.of(EnglishStemmer::new));
            default -> new SearchWords(stemmer, Optional.empty());
        };
    }

    /**
     * The Snowball stemmer of {@code language} ({@code italian}, {@code english}), or empty when its
     * words are not stemmed: also the name of the browser's stemmer, {@code js/snowball/<name>-stemmer.js}.
     */
    static String stemmerFor(String language) {
        return switch (Locale.forLanguageTag(language).getLanguage()) {
            case "it" -> "italian";
            case "en" -> "english";
            default -> "";
        };
    }

    /** The Snowball stemmer's name ({@code italian}, {@code english}), or empty when words are not stemmed. */
    public String stemmer() {
        return stemmer;
    }

    /** Where a word is found: bits of a word's mark in a {@link Tally}. */
    static final int TITLE = 1;
    static final int TAG = 2;
    static final int SUMMARY = 4;
    /** A mark counts the body's occurrences in its upper bits, {@code COUNT} each, up to {@value #MOST_COUNTED}. */
    static final int COUNT = 8;
    static final int MOST_COUNTED = 5;
    /** Not a field: the words are listed in order, repeats included, not tallied. */
    private static final int LISTED = -1;

    /**
     * The distinct words of an article in the order first met, each with its mark: the fields it
     * is in ({@link #TITLE}, {@link #TAG}, {@link #SUMMARY}) and {@link #COUNT} times how often the
     * body has it, at most {@value #MOST_COUNTED}.
     */
    record Tally(String[] words, byte[] marks) {
    }

    /** The words of {@code title}, {@code tags}, {@code summary} and {@code body}, tallied. */
    Tally tally(String title, List<String> tags, String summary, String body) {
        WordTable table = tables.get();
        table.startTally();
        scan(title, table, TITLE);
        for (String tag : tags) {
            scan(tag, table, TAG);
        }
        scan(summary, table, SUMMARY);
        scan(body, table, COUNT);
        return table.tally();
    }

    /** The folded words of {@code text}, in order, repeats included. */
    public List<String> words(String text) {
        WordTable table = tables.get();
        List<String> words = new ArrayList<>();
        table.startTally();
        scan(text, table, LISTED);
        table.listed(words);
        return words;
    }

    /** Hands each word of {@code text} to {@code table} with {@code field}. */
    private static void scan(String text, WordTable table, int field) {
        char[] chars = text.toCharArray();
        int length = chars.length;
        int at = 0;
        while (at < length) {
            int start = at;
            int hash = 0;
            while (at < length) {
                char c = chars[at];
                if (c < 0x80) {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                        hash = 31 * hash + c;
                        at++;
                        continue;
                    }
                    break;
                }
                int point = Character.isHighSurrogate(c) && at + 1 < length ? Character.codePointAt(chars, at) : c;
                if (!isWordChar(point)) {
                    break;
                }
                hash = 31 * hash + c;
                if (point != c) {
                    hash = 31 * hash + chars[at + 1];
                }
                at += Character.charCount(point);
            }
            if (at == start) {
                at += Character.isHighSurrogate(chars[at]) && at + 1 < length ? 2 : 1;
            } else if (at - start <= LONGEST) {
                table.met(table.id(chars, start, at, hash), field);
            }
        }
    }

    /**
     * Each run of word characters a thread has met, by number, with its folded word: most words
     * recur, so a word is made and folded (the slow part) once, not once per occurrence. It also
     * tallies one text at a time by those numbers.
     */
    private static final class WordTable {
        private char[][] keys = new char[1 << 12][];
        private int[] ids = new int[1 << 12];
        private String[] folded = new String[1 << 10];
        private int size;
        /** For each word, the tally it was last met in, and its mark there. */
        private int[] lastTally = new int[1 << 10];
        private int[] marks = new int[1 << 10];
        private int tally;
        private int[] met = new int[256];
        private int metCount;
        /** Every occurrence met as {@link #LISTED}, in order, for {@link #listed}. */
        private int[] order = new int[256];
        private int orderCount;

        void startTally() {
            tally++;
            metCount = 0;
            orderCount = 0;
        }

        void met(int id, int field) {
            if (field == LISTED) {
                if (orderCount == order.length) {
                    order = Arrays.copyOf(order, orderCount * 2);
                }
                order[orderCount++] = id;
                return;
            }
            if (lastTally[id] != tally) {
                lastTally[id] = tally;
                marks[id] = 0;
                if (metCount == met.length) {
                    met = Arrays.copyOf(met, metCount * 2);
                }
                met[metCount++] = id;
            }
            if (field != COUNT) {
                marks[id] |= field;
            } else if (marks[id] / COUNT < MOST_COUNTED) {
                marks[id] += COUNT;
            }
        }

        Tally tally() {
            String[] words = new String[metCount];
            byte[] packed = new byte[metCount];
            for (int i = 0; i < metCount; i++) {
                words[i] = folded[met[i]];
                packed[i] = (byte) marks[met[i]];
            }
            return new Tally(words, packed);
        }

        void listed(List<String> words) {
            for (int i = 0; i < orderCount; i++) {
                words.add(folded[order[i]]);
            }
        }

        int id(char[] chars, int start, int end, int hash) {
            int mask = keys.length - 1;
            int slot = mix(hash) & mask;
            for (char[] key = keys[slot]; key != null; key = keys[slot]) {
                if (Arrays.equals(key, 0, key.length, chars, start, end)) {
                    return ids[slot];
                }
                slot = (slot + 1) & mask;
            }
            char[] key = Arrays.copyOfRange(chars, start, end);
            String word = new String(key);
            int id = size++;
            if (id == folded.length) {
                folded = Arrays.copyOf(folded, id * 2);
                lastTally = Arrays.copyOf(lastTally, id * 2);
                marks = Arrays.copyOf(marks, id * 2);
            }
            folded[id] = isFolded(key) ? word : fold(word);
            keys[slot] = key;
            ids[slot] = id;
            if (size * 2 > keys.length) {
                grow();
            }
            return id;
        }

        private static boolean isFolded(char[] word) {
            for (char c : word) {
                if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                    return false;
                }
            }
            return true;
        }

        private static int mix(int hash) {
            return hash ^ (hash >>> 16);
        }

        private void grow() {
            char[][] oldKeys = keys;
            int[] oldIds = ids;
            keys = new char[oldKeys.length * 2][];
            ids = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    int slot = mix(hashOf(oldKeys[i])) & mask;
                    while (keys[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[i];
                    ids[slot] = oldIds[i];
                }
            }
        }

        private static int hashOf(char[] key) {
            int hash = 0;
            for (char c : key) {
                hash = 31 * hash + c;
            }
            return hash;
        }
    }

    /** {@code word} (folded) stemmed. */
    public String stem(String word) {
        if (stemmers.isEmpty()) {
            return word;
        }
        String known = stems.get(word);
        if (known != null) {
            return known;
        }
        SnowballStemmer stemmer = stemmers.get().get();
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        stem = stem.equals(word) ? word : stem;
        stems.put(word, stem);
        return stem;
    }

    /** Letters, digits and combining marks beyond ASCII: what {@code [\p{L}\p{N}\p{M}]} matches in a browser. */
    private static boolean isWordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                 Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** Decomposed, the accents U+0300–U+036F dropped, lower case: as {@code fold} in {@code search.js}. */
    static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < '\u0300' || c > '\u036f') {
                folded.append(c);
            }
        }
        return folded.toString().toLowerCase(Locale.ROOT);
    }
}
