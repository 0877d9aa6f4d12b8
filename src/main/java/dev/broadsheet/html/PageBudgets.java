package dev.broadsheet.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The weight budgets a page must keep for a reader on a phone: no page over {@link #PAGE}, no
 * script over {@link #SCRIPT}, and no page that needs more than {@link #FIRST_LOAD} to show —
 * itself, its style sheets and the fonts they name, its scripts, and the pictures it loads at once
 * (those not {@code loading="lazy"}). Read from the written site, as a browser would fetch it.
 */
public final class PageBudgets {

    public static final long PAGE = 100 * 1024;
    public static final long SCRIPT = 100 * 1024;
    public static final long FIRST_LOAD = 300 * 1024;
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");

    private final Path site;
    private final Map<String, Long> sizes = new HashMap<>();
    private final Map<String, Long> styleWeights = new HashMap<>();

    public PageBudgets(Path site) {
        this.site = site;
    }

    /** Every page and script over budget, as {@code path: what, size and budget}, in path order. */
    public List<String> overBudget() {
        List<String> over = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            String path = site.relativize(file).toString().replace('\\', '/');
            String name = path.toLowerCase(Locale.ROOT);
            if (name.endsWith(".js") && size(path) > SCRIPT) {
                over.add(path + ": a script of " + kb(size(path)) + ", over the " + kb(SCRIPT) + " budget for one script");
            } else if (name.endsWith(".html")) {
                page(path).ifPresent(over::add);
            }
        }
        return over;
    }

    private Optional<String> page(String path) {
        long html = size(path);
        if (html > PAGE) {
            return Optional.of(path + ": a page of " + kb(html) + ", over the " + kb(PAGE) + " budget for a page");
        }
        Document document;
        try {
            document = Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> styles = new LinkedHashSet<>();
        Set<String> scripts = new LinkedHashSet<>();
        Set<String> pictures = new LinkedHashSet<>();
        document.select("link[rel~=(?i)stylesheet][href]").forEach(link -> local(path, link.attr("href")).ifPresent(styles::add));
        document.select("script[src]").forEach(script -> local(path, script.attr("src")).ifPresent(scripts::add));
        for (Element img : document.select("img[src]")) {
            if (!img.attr("loading").equalsIgnoreCase("lazy")) {
                local(path, img.attr("src")).ifPresent(pictures::add);
            }
        }
        long css = styles.stream().mapToLong(this::styleWeight).sum();
        long js = scripts.stream().mapToLong(this::size).sum();
        long images = pictures.stream().mapToLong(this::size).sum();
        long total = html + css + js + images;
        if (total <= FIRST_LOAD) {
            return Optional.empty();
        }
        return Optional.of(path + ": " + kb(total) + " to show on first load (page " + kb(html) + ", styles and fonts " + kb(css)
                + ", scripts " + kb(js) + ", pictures loaded at once " + kb(images) + "), over the " + kb(FIRST_LOAD) + " budget");
    }

    /** A style sheet's size with the fonts and pictures its {@code url()}s name. */
    private long styleWeight(String path) {
        return styleWeights.computeIfAbsent(path, p -> {
            long weight = size(p);
            try {
                Matcher url = CSS_URL.matcher(Files.readString(site.resolve(p), StandardCharsets.UTF_8));
                Set<String> named = new LinkedHashSet<>();
                while (url.find()) {
                    local(p, url.group(1)).filter(f -> f.matches("(?i).*\\.(woff2?|ttf|otf)")).ifPresent(named::add);
                }
                return weight + named.stream().mapToLong(this::size).sum();
            } catch (IOException e) {
                return weight;
            }
        });
    }

    /** The file of the site a page's relative link names; empty for another site's, or a missing file. */
    private Optional<String> local(String pagePath, String link) {
        if (link.startsWith("data:")) {
            return Optional.empty();
        }
        return LinkChecker.resolve(pagePath, link).filter(p -> Files.isRegularFile(site.resolve(p)));
    }

    private long size(String path) {
        return sizes.computeIfAbsent(path, p -> {
            try {
                return Files.size(site.resolve(p));
            } catch (IOException e) {
                return 0L;
            }
        });
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
