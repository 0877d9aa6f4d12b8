package dev.broadsheet.html;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The element ids of written pages, read only for the pages a {@code #fragment} link points to. */
public final class PageIds {

    private final Function<String, Optional<byte[]>> contentOf;
    private final Map<String, Set<String>> cache = new ConcurrentHashMap<>();

    /** @param contentOf output path → the page as written */
    public PageIds(Function<String, Optional<byte[]>> contentOf) {
        this.contentOf = contentOf;
    }

    public Set<String> of(String path) {
        return cache.computeIfAbsent(path, p -> contentOf.apply(p).map(PageIds::parse).orElse(Set.of()));
    }

    private static Set<String> parse(byte[] html) {
        Document document = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Set<String> ids = new HashSet<>();
        document.select("[id]").forEach(e -> ids.add(e.id()));
        document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
        return ids;
    }
}
