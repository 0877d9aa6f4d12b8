package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.List;

/**
 * A tag and its articles, newest first.
 *
 * @param name the first spelling met (articles in source-path order)
 * @param slug its URL segment; tags that differ only by case or accents share it
 * @param articles its published articles, newest first
 */
public record Tag(String name, String slug, List<Article> articles) {

    public Tag {
        articles = List.copyOf(articles);
    }

    public int count() {
        return articles.size();
    }
}
