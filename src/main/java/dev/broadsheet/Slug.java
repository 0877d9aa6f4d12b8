package dev.broadsheet;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one slug rule, shared by URLs, tags and heading ids: lowercase ASCII {@code [a-z0-9-]}.
 * Accents are folded ({@code Città → citta}), every other run of characters becomes one hyphen
 * ({@code Tian’anmen → tian-anmen}).
 */
public final class Slug {

    private Slug() {
    }

    /** Longest slug: file names stay well under every file system's limit. */
    static final int MAX_LENGTH = 80;
    /**
     * The device names Windows reserves in every folder, in any case and also with an extension
     * ({@code con}, {@code NUL.txt}): a file of that name cannot be made or opened there.
     */
    private static final Pattern WINDOWS_RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    /**
     * The slug of {@code text}; empty when the text has no letter or digit that folds to ASCII.
     * At most {@value #MAX_LENGTH} characters (cut at a hyphen), and never a name Windows reserves
     * ({@code con} becomes {@code con-1}).
     */
    public static String of(String text) {
        return of(text, MAX_LENGTH);
    }

    /**
     * The slug of {@code text} at most {@code maxLength} characters long: cut at its last hyphen
     * within the limit when that keeps more than half of it, else at the limit itself. Never a
     * name Windows reserves ({@code con} becomes {@code con-1}).
     */
    public static String of(String text, int maxLength) {
        String slug = raw(text);
        if (slug.length() > maxLength) {
            int cut = slug.lastIndexOf('-', maxLength);
            slug = slug.substring(0, cut > maxLength / 2 ? cut : maxLength);
        }
        return isWindowsReserved(slug) ? slug + "-1" : slug;
    }

    /** Whether Windows reserves {@code segment} as a file or folder name: {@code con}, {@code aux.html}, {@code LPT1.txt}. */
    public static boolean isWindowsReserved(String segment) {
        return WINDOWS_RESERVED.matcher(segment).matches();
    }

    private static String raw(String text) {
        String folded = fold(text);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return slug.toString();
    }

    /** Lower-cases and strips accents: the key under which two spellings count as one. */
    public static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
                .replace("ø", "o").replace("đ", "d").replace("ł", "l").replace("þ", "th");
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
