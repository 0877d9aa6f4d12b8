package dev.broadsheet.content;

import dev.broadsheet.BuildException;
import dev.broadsheet.Problem;
import dev.broadsheet.SafeUrls;
import dev.broadsheet.config.YamlMapping;
import dev.broadsheet.config.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code content/redirects.yaml}: old addresses of the site that are not an article's or a
 * page's own (those are their {@code aliases}), each with where it leads now.
 *
 * <pre>
 * /search/label/Corea%20del%20Nord: /tags/corea-del-nord/
 * /feeds/posts/default: /feed.xml
 * </pre>
 */
final class RedirectsParser {

    private final YamlReader yaml;

    RedirectsParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** @throws BuildException with every problem of the file */
    List<Redirect> parse(Source file) {
        YamlMapping map = yaml.readMapping(file.text(), file.path(), 1);
        List<Problem> problems = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        map.values().forEach((from, value) -> {
            int line = map.lineOf(from);
            if (!(value instanceof String written) || written.isBlank()) {
                problems.add(new Problem(file.path(), line, "'" + from + "' must lead to one site path, such as /tags/russia/ or /feed.xml"));
                return;
            }
            String to = written.strip();
            boolean url = to.startsWith("https://") || to.startsWith("http://");
            if (!url && (!to.startsWith("/") || SafeUrls.hasScheme(to) || to.contains("#") || to.contains("?") || to.contains(".."))) {
                problems.add(new Problem(file.path(), line, "redirect target \"" + to + "\" must be a path from the site root, such as "
                        + "/tags/russia/ or /feed.xml, or an http(s) address"));
                return;
            }
            String target = url ? to : to.substring(1);
            Optional<String> output = Redirect.isFeed(target) ? AliasPaths.toFilePath(from) : AliasPaths.toPagePath(from);
            if (output.isEmpty()) {
                problems.add(new Problem(file.path(), line, "old address \"" + from + "\" " + AliasPaths.RULE));
                return;
            }
            redirects.add(new Redirect(from, output.get(), target, line));
        });
        if (!problems.isEmpty()) {
            throw new BuildException(problems);
        }
        return redirects;
    }
}
