package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.List;

/**
 * A newspaper section (front matter {@code section}: Esteri, Politica…) and its articles.
 *
 * @param name the spelling of its newest article
 * @param slug its URL segment ({@code /sections/esteri/}); spellings that differ only by case or accents share it
 * @param articles its published articles, newest first
 */
public record Section(String name, String slug, List<Article> articles) {

    public Section {
        articles = List.copyOf(articles);
    }
}
