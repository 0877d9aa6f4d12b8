package dev.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Looks through a built site: its files and the internal links of its pages. */
public final class SiteFiles {

    private SiteFiles() {
    }

    public static List<Path> files(Path site, String suffix) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every internal {@code href}/{@code src} of every page that does not lead to a written file,
     * as "page → link". Links are resolved the way a browser resolves them from disk.
     */
    public static List<String> brokenLinks(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : files(site, ".html")) {
            if (page.getFileName().toString().equals("404.html")) {
                continue; // its links start at the base path; checked by its own test
            }
            Document document = FixtureSite.parse(page);
            for (Element element : document.select("[href], [src]")) {
                String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (isExternal(link)) {
                    continue;
                }
                if (!resolves(site, page, link)) {
                    broken.add(site.relativize(page) + " → " + link);
                }
            }
        }
        return broken;
    }

    public static boolean resolves(Path site, Path page, String link) {
        String path = link.replaceAll("[#?].*$", "");
        String fragment = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
        if (path.isEmpty()) {
            return hasId(page, fragment);
        }
        if (path.startsWith("/")) {
            return false; // root-relative links break under a sub-path and from disk
        }
        Path target = page.getParent().resolve(URI.create(path.replace(" ", "%20")).getPath()).normalize();
        if (!target.startsWith(site)) {
            return false;
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        return Files.isRegularFile(target) && (!target.toString().endsWith(".html") || hasId(target, fragment));
    }

    private static boolean hasId(Path page, String fragment) {
        return fragment.isEmpty() || FixtureSite.parse(page).getElementById(fragment) != null;
    }

    private static boolean isExternal(String link) {
        return link.startsWith("http://") || link.startsWith("https://") || link.startsWith("mailto:");
    }
}
