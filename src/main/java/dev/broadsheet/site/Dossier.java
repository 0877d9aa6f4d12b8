package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import java.util.List;

/**
 * A dossier: a story followed over several articles, introduced by a file of
 * {@code content/dossiers/}, its articles in reading order (their {@code part}, else their date).
 *
 * @param intro its introduction; its slug names the dossier
 * @param parts its published articles, in reading order
 */
public record Dossier(Page intro, List<Article> parts) {

    public Dossier {
        parts = List.copyOf(parts);
    }

    public String slug() {
        return intro.slug();
    }

    /** The 1-based place of {@code article} in the reading order, or 0 when it is not a part. */
    public int placeOf(Article article) {
        return parts.indexOf(article) + 1;
    }
}
