package dev.broadsheet.content;

import java.util.List;

/**
 * Everything the read stage found under {@code content/} and {@code templates/}.
 *
 * @param articles Markdown of {@code content/articles}
 * @param pages Markdown of {@code content/pages}
 * @param staticFiles files copied as they are
 * @param layouts names of the templates directly in {@code templates/}, usable as {@code layout:}
 * @param warnings what reading changed, such as characters XML cannot carry
 * @param problems files that could not be read, reported with the problems of parsing
 * @param comments the comments files of {@code content/articles} ({@code <name>.comments.yaml}) by the path of their article
 * @param redirects {@code content/redirects.yaml} when there is one
 * @param templates a SHA-256 of every template's name and text: pages made with equal templates are equal
 */
public record Sources(List<Source> articles, List<Source> pages, List<StaticFile> staticFiles, java.util.Set<String> layouts,
                      List<dev.broadsheet.Problem> warnings, List<dev.broadsheet.Problem> problems, java.util.Map<String, Source> comments,
                      List<Source> redirects, String templates) {

    public Sources {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        staticFiles = List.copyOf(staticFiles);
        layouts = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(layouts));
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
        comments = java.util.Map.copyOf(comments);
        redirects = List.copyOf(redirects);
        java.util.Objects.requireNonNull(templates, "templates");
    }

    /** The comments file of the article read from {@code article}, if it has one. */
    public java.util.Optional<Source> findCommentsOf(Source article) {
        return java.util.Optional.ofNullable(comments.get(article.path()));
    }
}
