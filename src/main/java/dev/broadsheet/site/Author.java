package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Someone who signs articles: described once in {@code content/authors/<slug>.md} (name, role,
 * photo, links, and a short biography as its body), or known only by the name articles give.
 *
 * @param name the name, as the description gives it, else as the newest article signs it
 * @param slug its URL segment ({@code /authors/anna-rossi/}); names that differ only by case or accents share it
 * @param description the description, if there is one
 * @param articles the published articles it signs, newest first
 */
public record Author(String name, String slug, Optional<Page> description, List<Article> articles) {

    public Author {
        articles = List.copyOf(articles);
    }

    /** A text setting of the description ({@code role}, {@code photo}, {@code email}…), or empty. */
    public String setting(String key) {
        return description.map(page -> page.params().get(key)).filter(String.class::isInstance).map(value -> ((String) value).strip()).orElse("");
    }

    /** The Mastodon handle, as {@code @anna@giornalisti.social}, or empty. */
    public String mastodon() {
        String handle = setting("mastodon");
        return handle.isEmpty() || handle.startsWith("@") ? handle : "@" + handle;
    }

    /** The profiles that are the same person elsewhere: website, Mastodon, X (for {@code sameAs}). */
    public List<String> sameAs() {
        List<String> links = new ArrayList<>();
        if (setting("website").startsWith("https://") || setting("website").startsWith("http://")) {
            links.add(setting("website"));
        }
        String[] mastodon = mastodon().split("@");
        if (mastodon.length == 3 && !mastodon[1].isEmpty() && !mastodon[2].isEmpty()) {
            links.add("https://" + mastodon[2] + "/@" + mastodon[1]);
        }
        String x = setting("x");
        if (!x.isEmpty()) {
            links.add(x.startsWith("https://") ? x : "https://x.com/" + (x.startsWith("@") ? x.substring(1) : x));
        }
        return List.copyOf(links);
    }
}
