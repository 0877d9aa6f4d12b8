package dev.broadsheet.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A post or page as the first reading of the export keeps it: the entry without its body (which the
 * second reading converts), the full-size addresses of the pictures it shows, and the first
 * sentence of its text, which titles it if it has no title.
 */
record Scanned(BloggerEntry entry, List<String> pictures, String firstSentence) {

    private static final Pattern SENTENCE = Pattern.compile("^(.+?[.!?…])(?:\\s|$)");
    private static final int LONGEST_TITLE = 90;

    Scanned {
        pictures = List.copyOf(pictures);
    }

    static Scanned of(BloggerEntry entry) {
        Document body = Jsoup.parseBodyFragment(BloggerHtml.decodeTwiceEncoded(entry.html()));
        Set<String> pictures = new LinkedHashSet<>();
        for (Element image : body.select("img[src]")) {
            String src = image.attr("src").strip();
            if (!src.isEmpty() && !src.startsWith("data:")) {
                pictures.add(BloggerUrls.fullSize(src));
            }
        }
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href").strip();
            if (BloggerUrls.isBloggerImageHost(href) && BloggerHtml.isImageAddress(href)) {
                pictures.add(BloggerUrls.fullSize(href));
            }
        }
        String sentence = entry.title().isBlank() ? firstSentence(body.text(), entry) : "";
        BloggerEntry withoutBody = new BloggerEntry(entry.kind(), entry.id(), entry.status(), entry.title(), "", entry.published(),
                entry.updated(), entry.labels(), entry.oldUrl(), entry.author(), entry.searchDescription(), entry.location(),
                entry.parentPost(), entry.parentComment(), entry.removed(), entry.line());
        return new Scanned(withoutBody, List.copyOf(pictures), sentence);
    }

    /** The text's first sentence, cut at a word near {@value #LONGEST_TITLE} characters; else the old address's words. */
    private static String firstSentence(String text, BloggerEntry entry) {
        String plain = InlineMarkdown.normalizeSpace(text).strip();
        if (plain.isEmpty()) {
            String old = entry.oldUrl().replaceFirst("[?#].*$", "");
            String words = old.substring(old.lastIndexOf('/') + 1).replaceFirst("\\.html?$", "").replaceAll("[-_]+", " ").strip();
            return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
        Matcher sentence = SENTENCE.matcher(plain);
        String first = sentence.find() ? sentence.group(1) : plain;
        if (first.length() <= LONGEST_TITLE) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LONGEST_TITLE);
        return first.substring(0, cut > LONGEST_TITLE / 2 ? cut : LONGEST_TITLE).replaceAll("[\\s,;:]+$", "") + "…";
    }
}
