package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.List;

/**
 * One page of a paginated list of articles (the home page or a tag page).
 *
 * @param path its output path, such as {@code page/2/index.html}
 * @param number 1-based page number
 * @param total number of pages in the list, at least 1
 * @param articles the articles on this page
 * @param previousPath the newer page's output path, or empty on the first page
 * @param nextPath the older page's output path, or empty on the last page
 */
public record Listing(String path, int number, int total, List<Article> articles, String previousPath, String nextPath) {

    public Listing {
        articles = List.copyOf(articles);
    }

    /** Splits {@code articles} into pages of {@code perPage}; an empty list still gives one page. */
    static List<Listing> paginate(List<Article> articles, int perPage, java.util.function.IntFunction<String> pathOfPage) {
        int total = Math.max(1, (articles.size() + perPage - 1) / perPage);
        List<Listing> pages = new java.util.ArrayList<>(total);
        for (int n = 1; n <= total; n++) {
            List<Article> slice = articles.subList((n - 1) * perPage, Math.min(articles.size(), n * perPage));
            pages.add(new Listing(pathOfPage.apply(n), n, total, slice,
                    n > 1 ? pathOfPage.apply(n - 1) : "", n < total ? pathOfPage.apply(n + 1) : ""));
        }
        return pages;
    }
}
