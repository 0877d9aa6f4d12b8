package dev.broadsheet.build;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Page;
import dev.broadsheet.markdown.LinkRef;
import dev.broadsheet.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with the pictures an article shows: one that cannot be published stops the build
 * at the line that shows it; one without a description is a warning (a reader with a screen
 * reader hears nothing of it), which does not fail {@code check}.
 */
final class ImageChecks {

    /** Last build's articles and each one's warnings, place by place: a rebuild finds most at the same place, the very same objects. */
    private List<Article> lastArticles = List.of();
    private List<List<Problem>> lastWarnings = List.of();

    /** @throws BuildException with each broken picture and each line that shows one */
    static void requireReadable(ParseStage.Parsed parsed, ImageStage.Images images) {
        if (images.problems().isEmpty()) {
            return;
        }
        List<Problem> problems = new ArrayList<>(images.problems());
        Map<String, String> broken = images.broken();
        for (Article article : parsed.articles()) {
            shown(article.source(), article.links(), broken, problems);
            if (broken.containsKey(pathOf(article.image()))) {
                problems.add(Problem.of(article.source(), "the lead image " + article.image() + " cannot be published: see "
                        + broken.get(pathOf(article.image()))));
            }
        }
        for (Page page : parsed.pages()) {
            shown(page.source(), page.links(), broken, problems);
        }
        throw new BuildException(problems);
    }

    private static void shown(String source, List<LinkRef> links, Map<String, String> broken, List<Problem> problems) {
        for (LinkRef link : links) {
            String origin = broken.get(pathOf(link.destination()));
            if (link.image() && origin != null) {
                problems.add(new Problem(source, link.line(), "the picture " + link.destination() + " cannot be published: see " + origin));
            }
        }
    }

    /** The pictures of published articles and pages without a description. */
    List<Problem> undescribed(Site site) {
        List<Problem> warnings = new ArrayList<>();
        List<Article> articles = site.articles();
        List<List<Problem>> each = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            List<Problem> own = i < lastArticles.size() && lastArticles.get(i) == article ? lastWarnings.get(i) : undescribed(article);
            each.add(own);
            warnings.addAll(own);
        }
        lastArticles = articles;
        lastWarnings = each;
        for (Page page : site.pages()) {
            undescribed(page.source(), page.links(), warnings);
        }
        return warnings;
    }

    private static List<Problem> undescribed(Article article) {
        List<Problem> own = new ArrayList<>(0);
        if (!article.image().isEmpty() && article.imageAlt().isBlank()) {
            own.add(Problem.of(article.source(), "the lead image " + article.image() + " has no description: add 'imageAlt: …' "
                    + "saying what it shows, for readers who cannot see it"));
        }
        undescribed(article.source(), article.links(), own);
        return own.isEmpty() ? List.of() : List.copyOf(own);
    }

    private static void undescribed(String source, List<LinkRef> links, List<Problem> warnings) {
        for (LinkRef link : links) {
            if (link.image() && link.description().isBlank()) {
                warnings.add(new Problem(source, link.line(), "the picture " + link.destination() + " has no description: write what it "
                        + "shows between the brackets, ![…](" + link.destination() + "), for readers who cannot see it"));
            }
        }
    }

    private static String pathOf(String destination) {
        return dev.broadsheet.images.ImageCatalog.outputPathOf(destination).orElse("");
    }
}
