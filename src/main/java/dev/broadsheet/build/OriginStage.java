package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.StaticFile;
import dev.broadsheet.html.ThirdPartyOrigins;
import dev.broadsheet.markdown.LinkRef;
import dev.broadsheet.render.Output;
import dev.broadsheet.render.RenderJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The privacy check every build runs on its own output: no page and no style sheet may fetch
 * anything from another origin on opening unless {@code site.yaml} allows that origin by name.
 * Pages are checked when they are rendered; what a page was found to contact is remembered until
 * it is rendered again, so that a rebuild that reuses a page does not forget what is wrong with it.
 */
final class OriginStage {

    private final Map<String, List<ThirdPartyOrigins.Contact>> contactsByPage = new ConcurrentHashMap<>();
    private Map<FileStamp, List<ThirdPartyOrigins.Contact>> styleContacts = Map.of();
    private ThirdPartyOrigins origins = new ThirdPartyOrigins("");

    /** Every contact of the site's pages and style sheets, by page, including the allowed ones (for {@code check}'s report). */
    Map<String, List<ThirdPartyOrigins.Contact>> contacts() {
        return Map.copyOf(contactsByPage);
    }

    /** Starts a build of the site published at {@code baseUrl}. */
    void start(String baseUrl) {
        origins = new ThirdPartyOrigins(dev.broadsheet.SafeUrls.originOf(baseUrl).orElse(""));
    }

    /** Notes what a page just rendered and post-processed fetches; safe to call from many threads. */
    void made(Output page) {
        if (!page.isHtml()) {
            return;
        }
        List<ThirdPartyOrigins.Contact> found = origins.inPage(page.content());
        if (found.isEmpty()) {
            contactsByPage.remove(page.path());
        } else {
            contactsByPage.put(page.path(), found);
        }
    }

    /** @throws BuildException naming each page or style sheet that would contact an origin not allowed */
    void check(RenderStage.Plan plan) {
        contactsByPage.keySet().retainAll(plan.places().keySet());
        Set<String> allowed = Set.copyOf(plan.site().config().allowedOrigins());
        List<Problem> problems = new ArrayList<>(styleProblems(plan.staticFiles(), origins, allowed));
        Map<String, Integer> places = plan.places();
        new java.util.TreeMap<>(contactsByPage).forEach((path, contacts) -> {
            Integer place = places.get(path);
            Optional<RenderJob> job = place == null || place >= plan.jobs().size() ? Optional.empty() : Optional.of(plan.jobs().get(place));
            for (ThirdPartyOrigins.Contact contact : contacts) {
                if (!allowed.contains(contact.origin())) {
                    problems.add(problem(job, path, contact));
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new BuildException(problems.stream().distinct().toList());
        }
    }

    /** What each style sheet fetches, kept while its size and time are the same: a saved style sheet is read again. */
    private List<Problem> styleProblems(List<StaticFile> files, ThirdPartyOrigins origins, Set<String> allowed) {
        Map<FileStamp, List<ThirdPartyOrigins.Contact>> now = new java.util.HashMap<>();
        List<Problem> found = new ArrayList<>();
        for (StaticFile file : files) {
            if (!file.outputPath().toLowerCase(Locale.ROOT).endsWith(".css")) {
                continue;
            }
            FileStamp style = FileStamp.of(file);
            List<ThirdPartyOrigins.Contact> contacts = styleContacts.get(style);
            now.put(style, contacts != null ? contacts : origins.inCss(read(file), "url()"));
            for (ThirdPartyOrigins.Contact contact : now.get(style)) {
                if (!allowed.contains(contact.origin())) {
                    found.add(Problem.of(file.origin(), "this style sheet fetches " + contact.url() + " from " + contact.origin()
                            + " whenever a page opens: copy the file into the site, or allow the origin in site.yaml: allowedOrigins: ["
                            + contact.origin() + "]"));
                }
            }
        }
        styleContacts = now;
        return found;
    }

    private static String read(StaticFile file) {
        try {
            return Files.readString(file.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.file() + ": " + e.getMessage(), e);
        }
    }

    private static Problem problem(Optional<RenderJob> job, String path, ThirdPartyOrigins.Contact contact) {
        String file = job.map(RenderJob::origin).orElse(path);
        int line = job.map(j -> lineOf(j, contact.url())).orElse(0);
        return new Problem(file, line, "the page " + path + " fetches " + contact.url() + " (" + contact.element() + ") from "
                + contact.origin() + " as soon as it opens, which tells that site who reads it: write a video or post as an embed block "
                + "(README, Embeds), copy a picture into content/static/, or allow the origin in site.yaml: allowedOrigins: ["
                + contact.origin() + "]");
    }

    /** The line of the article or page that wrote {@code url}, or 0 when a template did. */
    private static int lineOf(RenderJob job, String url) {
        List<LinkRef> links = job.variables().get("article") instanceof Article article ? article.links()
                : job.variables().get("page") instanceof Page page ? page.links() : List.of();
        return links.stream().filter(link -> link.destination().equals(url)).mapToInt(LinkRef::line).findFirst().orElse(0);
    }
}
