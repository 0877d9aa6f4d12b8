package dev.broadsheet.content;

import java.util.List;

/** Everything the read stage found under {@code content/} and {@code templates/static/}. */
public record Sources(List<Source> articles, List<Source> pages, List<StaticFile> staticFiles) {

    public Sources {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
    }
}
