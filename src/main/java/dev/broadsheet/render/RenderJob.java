package dev.broadsheet.render;

import java.util.Map;
import java.util.Objects;

/**
 * One output to render: which template, where it goes, what made it, and its own variables.
 *
 * @param kind the kind of output
 * @param template the template name (a layout for articles and pages)
 * @param path the output path
 * @param origin the source file or template it comes from, for problems
 * @param variables the variables of this output
 */
public record RenderJob(Kind kind, String template, String path, String origin, Map<String, Object> variables) {

    /** One template per kind of output, {@code templates/<name>.peb}. */
    public enum Kind {
        ARTICLE("article"), INDEX("index"), TAG("tag"), TAGS("tags"), PAGE("page"), NOT_FOUND("404"),
        ALIAS("alias"), FEED("feed"), SITEMAP("sitemap"), NEWS_SITEMAP("news-sitemap"), ROBOTS("robots"),
        ARCHIVE("archive"), PERIOD("period"), SEARCH("search"), COMMENTS("comments"), CORRECTIONS("corrections"), SECTION("section"), DOSSIER("dossier"), AUTHOR("author");

        final String template;

        Kind(String template) {
            this.template = template;
        }

        /** Whether {@code template} is the template of a kind of output. */
        static boolean named(String template) {
            return java.util.Arrays.stream(values()).anyMatch(kind -> kind.template.equals(template));
        }
    }

    public RenderJob {
        Objects.requireNonNull(path, "path");
        variables = Map.copyOf(variables);
    }
}
