package dev.broadsheet.render;

import dev.broadsheet.content.Article;

/**
 * An article's body as a feed carries it: links and images must work in a feed reader, far from
 * the site. Implemented by the HTML stage, which owns the HTML parser.
 */
@FunctionalInterface
public interface FeedBodies {

    /** The body unchanged: for sites whose bodies only hold absolute links. */
    FeedBodies AS_IS = (article, feedPath) -> article.bodyHtml();

    /** The body of {@code article} for the feed at {@code feedPath}. */
    String body(Article article, String feedPath);
}
