package dev.broadsheet.html;

import dev.broadsheet.Problem;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.SourceLink;
import dev.broadsheet.markdown.LinkRef;
import dev.broadsheet.site.Site;
import dev.broadsheet.site.Urls;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks every link and image an author wrote in Markdown against the finished site: the file must
 * be written, the {@code #anchor} must be an id of that page. Problems point at the Markdown line.
 */
public final class LinkChecker {

    private final Site site;
    private final Set<String> files;
    private final PageIds ids;

    /**
     * @param site the published site
     * @param files every output path written (pages, feeds, static files)
     * @param ids the ids of the written pages
     */
    public LinkChecker(Site site, Set<String> files, PageIds ids) {
        this.site = site;
        this.files = Set.copyOf(files);
        this.ids = ids;
    }

    /**
     * What a check found: the broken links, and, for each page some {@code #fragment} link points
     * into, the sources of those links (to check again when that page changes).
     */
    public record Report(List<Problem> problems, Map<String, Set<String>> sourcesLinkingInto) {

        /** This report's links, with those of {@code sources} as {@code newer}, a check of those sources only, found them. */
        public Report recheckedFor(Set<String> sources, Report newer) {
            Map<String, Set<String>> linking = new HashMap<>();
            sourcesLinkingInto.forEach((target, from) -> {
                Set<String> kept = new java.util.TreeSet<>(from);
                kept.removeAll(sources);
                if (!kept.isEmpty()) {
                    linking.put(target, kept);
                }
            });
            newer.sourcesLinkingInto.forEach((target, from) -> linking.computeIfAbsent(target, t -> new java.util.TreeSet<>()).addAll(from));
            return new Report(newer.problems, linking);
        }
    }

    /** Checks the links of every published article and page. */
    public Report check() {
        return check(source -> true);
    }

    /** Checks the links of the published articles and pages made from {@code sources} only. */
    public Report check(Set<String> sources) {
        return check(sources::contains);
    }

    /** Articles in the site's order (newest first), then pages: a check of some sources reports as a whole check does. */
    private Report check(Predicate<String> wanted) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Set<String>> linkingInto = new HashMap<>();
        for (Article article : site.articles()) {
            if (wanted.test(article.source())) {
                check(article.source(), site.pathOf(article), article.links(), problems, linkingInto);
            }
        }
        for (List<Page> pages : List.of(site.pages(), site.dossierPages(), site.authorDescriptions())) {
            for (Page page : pages) {
                if (wanted.test(page.source())) {
                    check(page.source(), site.urls().pagePath(page), page.links(), problems, linkingInto);
                }
            }
        }
        return new Report(problems, linkingInto);
    }

    private void check(String source, String pagePath, List<LinkRef> links, List<Problem> problems, Map<String, Set<String>> linkingInto) {
        for (LinkRef link : links) {
            if (!link.isExternal()) {
                checkOne(source, pagePath, link, linkingInto).ifPresent(message -> problems.add(new Problem(source, link.line(), message)));
            }
        }
    }

    private Optional<String> checkOne(String source, String pagePath, LinkRef link, Map<String, Set<String>> linkingInto) {
        String destination = link.destination();
        int hash = destination.indexOf('#');
        String path = hash < 0 ? destination : destination.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(destination.substring(hash + 1));
        String what = (link.image() ? "image" : "link") + " \"" + destination + "\"";
        String target;
        if (path.isEmpty()) {
            target = pagePath;
        } else if (path.endsWith(".md")) {
            Optional<SourceLink> named = SourceLink.of(source, destination);
            Optional<String> output = named.flatMap(n -> site.findOutputOf(n.source()));
            if (output.isEmpty()) {
                return Optional.of(what + " names " + named.map(SourceLink::source).orElse(path)
                        + ", which is not a published article or page — check the file name (drafts and future articles are not published)");
            }
            target = output.get();
        } else {
            Optional<String> resolved = resolve(pagePath, path);
            if (resolved.isEmpty()) {
                return Optional.of(what + " is not a valid URL — encode spaces as %20 or wrap the address in <…>");
            }
            target = resolved.get();
        }
        if (!files.contains(target)) {
            if (files.contains(target + "/index.html")) {
                target = target + "/index.html";
            } else {
                return Optional.of(what + " points to " + target + ", which the site does not have — "
                        + (link.image() ? "put images in content/static/ and write them from the site root, such as /images/foto.jpg"
                        : "link to another article with its file name, such as 2025-09-03-titolo.md"));
            }
        }
        if (!fragment.isEmpty() && target.endsWith(".html")) {
            linkingInto.computeIfAbsent(target, t -> new java.util.TreeSet<>()).add(source);
        }
        if (!fragment.isEmpty() && target.endsWith(".html") && !ids.of(target).contains(fragment)) {
            return Optional.of(what + ": " + target + " has no anchor #" + fragment + " — anchors are made from heading text, such as #il-contesto-cinese");
        }
        return Optional.empty();
    }

    /** The output path a relative or root-relative path leads to from the page at {@code pagePath}. */
    static Optional<String> resolve(String pagePath, String path) {
        try {
            String root = "http://site.invalid/";
            URI base = URI.create(root + pagePath);
            String absolute = path.startsWith("/") ? root + path.substring(1) : base.resolve(new URI(path)).toString();
            if (!absolute.startsWith(root)) {
                return Optional.empty();
            }
            String target = decode(URI.create(absolute).getPath().substring(1));
            return Optional.of(Urls.fileOf(target));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
